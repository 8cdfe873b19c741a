import type { LIMITS_EN } from '../en/limits';
import type { Translation } from '../translation';

/** Chinese texts of the service's limits. */
export const LIMITS_ZH: Translation<typeof LIMITS_EN> = {
  'limits.bodyTooLarge': '此请求超出了服务可接受的大小（{maxKb} KB）。未作任何更改。',
  'limits.tooDeep': '此请求的嵌套层级超出了服务可接受的范围（{maxDepth} 层）。未作任何更改。',
  'limits.tooManyStreams': '您打开的实时视图已达每人上限。请关闭另一个标签页或窗口后重试。',
  'limits.streamsFull': '服务当前提供的实时视图已达上限。请几秒钟后重试。',
  'limits.tooManyAttempts': '来自您地址的尝试次数过多。请等待一分钟后再试。',
  'limits.chatTooLong':
    '这条消息超出了我能读取的长度（{max} 个字符）。未作任何更改。请发送更短的消息；输入“help”查看命令。',
  'limits.encodingNotAccepted': '此请求经过压缩；服务只接受未压缩的请求。未作任何更改。',
  'limits.badRequest': '服务无法读取此请求。未作任何更改。',
  'limits.notFound': '此地址下没有任何内容。',
  'limits.serverError':
    '抱歉，我们这边出现了问题。请重试；如果问题持续存在，请提供参考编号 {requestId}。',
};
