import type { WRITTEN_INPUT_REVIEW_EN } from '../en/written-input-review';
import type { Translation } from '../translation';

/** Russian texts of reviewing and publishing written input. */
export const WRITTEN_INPUT_REVIEW_RU: Translation<typeof WRITTEN_INPUT_REVIEW_EN> = {
  'inputs.refused.decision': 'Выберите, опубликовать заявление или не публиковать его.',
  'inputs.refused.reasonRequired': 'Укажите причину, по которой заявление не публикуется.',
  'inputs.refused.reasonTooLong': 'Причина может содержать не более 500 символов.',
  'inputs.refused.unknownInput': 'Для этого мероприятия нет заявления {id}.',
  'inputs.refused.ambiguous':
    'С {id} начинаются несколько заявлений; введите больше символов идентификатора.',
  'inputs.refused.stale':
    'Кто-то другой рассмотрел это заявление в тот же момент. Посмотрите ещё раз и примите решение снова.',
  'inputs.chat.usage':
    'Введите «inputs» (или «inputs <мероприятие>»), чтобы увидеть заявления на рассмотрении, «publish <id>», чтобы опубликовать заявление, или «withhold <id> <причина>», чтобы не публиковать его.',
  'inputs.chat.heading':
    '«{title}»: на рассмотрении {unreviewed}, опубликовано {published}, не опубликовано {withheld}.',
  'inputs.chat.none':
    '«{title}»: нет заявлений, ожидающих рассмотрения (опубликовано {published}, не опубликовано {withheld}).',
  'inputs.chat.rowText': '{id} · {organization} ({category}): «{excerpt}»',
  'inputs.chat.rowFile': '{id} · {organization} ({category}): файл {fileName}',
  'inputs.chat.more': '… и ещё {count}: все они показаны на странице организатора во вкладке.',
  'inputs.chat.published':
    'Заявление {id} организации {organization} опубликовано. Общедоступная страница: {url}',
  'inputs.chat.publishedNotified':
    'Заявление {id} организации {organization} опубликовано; автор получит уведомление в чате. Общедоступная страница: {url}',
  'inputs.chat.withheld': 'Заявление {id} организации {organization} не опубликовано: {reason}',
  'inputs.chat.unchanged': 'Заявление {id} организации {organization} уже имеет статус «{status}».',
  'inputs.status.unreviewed': 'не рассмотрено',
  'inputs.status.published': 'опубликовано',
  'inputs.status.withheld': 'не опубликовано',
  'inputs.notice.published':
    'Ваши письменные материалы к «{title}» опубликованы на общедоступной странице: {url}',
  'inputs.page.title': 'Письменные материалы: {title}',
  'inputs.page.intro':
    'Заявления заинтересованных сторон к «{title}», опубликованные Председателем. Показаны только заявления, опубликованные Председателем.',
  'inputs.page.none': 'Пока не опубликовано ни одного заявления.',
  'inputs.page.noneFiltered': 'Нет опубликованных заявлений, соответствующих этому выбору.',
  'inputs.page.filter': 'Показать заявления',
  'inputs.page.category': 'Категория заинтересованных сторон',
  'inputs.page.question': 'Руководящий вопрос',
  'inputs.page.any': 'Все',
  'inputs.page.apply': 'Показать',
  'inputs.page.organization': 'Организация',
  'inputs.page.questions': 'Затронутые руководящие вопросы',
  'inputs.page.noQuestions': 'Не указаны',
  'inputs.page.publishedOn': 'Опубликовано',
  'inputs.page.download': 'Скачать {fileName} ({size})',
  'inputs.page.sizeKb': '{size} КБ',
  'inputs.page.feeds': 'Ленты для веб-страниц',
  'inputs.page.json': 'Лента JSON',
  'inputs.page.atom': 'Лента Atom',
  'inputs.page.language': 'Язык',
  'inputs.page.count': 'Опубликовано заявлений: {count}',
  'inputs.page.unknownEvent': 'Такого мероприятия нет.',
  'inputs.page.fileMissing': 'По этому адресу нет опубликованного файла.',
  'inputs.feed.entryTitle': '{organization} ({category})',
  'tab.inputs.heading': 'Письменные материалы',
  'tab.inputs.loadFailed': 'Не удалось загрузить письменные материалы. Перезагрузите вкладку.',
  'tab.inputs.none': 'Письменных материалов пока не поступало.',
  'tab.inputs.caption': 'Полученные заявления, сначала новые',
  'tab.inputs.counts':
    'На рассмотрении {unreviewed}, опубликовано {published}, не опубликовано {withheld}',
  'tab.inputs.col.received': 'Получено',
  'tab.inputs.col.author': 'От',
  'tab.inputs.col.statement': 'Заявление',
  'tab.inputs.col.status': 'Статус',
  'tab.inputs.col.review': 'Рассмотрение',
  'tab.inputs.file': 'Файл: {fileName}',
  'tab.inputs.status.unreviewed': 'На рассмотрении',
  'tab.inputs.status.published': 'Опубликовано',
  'tab.inputs.status.withheld': 'Не опубликовано',
  'tab.inputs.reason': 'Причина',
  'tab.inputs.reasonFor': 'Причина отказа в публикации заявления организации {organization}',
  'tab.inputs.publish': 'Опубликовать',
  'tab.inputs.withhold': 'Не публиковать',
  'tab.inputs.publishFor': 'Опубликовать заявление организации {organization}',
  'tab.inputs.withholdFor': 'Не публиковать заявление организации {organization}',
  'tab.inputs.done': 'Заявление организации {organization}: {status}.',
  'tab.inputs.publicPage': 'Открыть общедоступную страницу',
  'tab.delivery.kind.inputPublished': 'Письменные материалы опубликованы',
};
