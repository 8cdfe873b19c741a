import type { REGISTRATION_EN } from '../en/registration';
import type { Translation } from '../translation';

/** Russian texts of the registration journey: validation, outcomes, statuses and written input. */
export const REGISTRATION_RU: Translation<typeof REGISTRATION_EN> = {
  'registration.status.pending': 'Ожидает подтверждения командой Председателя',
  'registration.status.confirmed': 'Подтверждена',
  'registration.status.waitlisted': 'В листе ожидания',
  'registration.status.declined': 'Отклонена',
  'registration.status.withdrawn': 'Отозвана',
  'registration.form.consentRequired':
    'Чтобы зарегистрироваться, пожалуйста, примите уведомление о конфиденциальности.',
  'registration.form.groupNameRequired':
    'Пожалуйста, укажите название группы или коалиции, в которую входят эти организации-члены.',
  'registration.form.tooManyMembers': 'Можно указать не более {max} организаций-членов.',
  'registration.form.memberTooLong':
    'Максимальная длина названия каждой организации-члена — {max} симв.',
  'registration.form.fixErrors':
    'Пожалуйста, исправьте отмеченные ниже поля; пока ничего не сохранено.',
  'registration.notOpen':
    'Регистрация на «{title}» откроется {opens} ({opensLocal} по вашему времени). Пожалуйста, вернитесь в это время.',
  'registration.closed':
    'Регистрация на «{title}» закрылась {deadline} ({deadlineLocal} по вашему времени). Ничего не изменено.',
  'registration.closedForEdits':
    'Изменения можно было вносить до {deadline} ({deadlineLocal} по вашему времени). Если что-то нужно изменить, обратитесь сюда: {contact}.',
  'registration.alreadyRegistered':
    'Вы уже зарегистрированы на это мероприятие. Вот ваша регистрация; её можно изменить до истечения срока.',
  'registration.notSaved':
    'Не удалось сохранить вашу регистрацию, и ничего из неё не сохранено. Ваши ответы приведены ниже: отправьте форму ещё раз.',
  'registration.stale':
    'Ваша регистрация изменилась с момента показа этой карточки (возможно, с другого устройства). Вот её текущее состояние; ничего не перезаписано.',
  'registration.notFound':
    'Не удалось найти эту регистрацию. Введите "register" (зарегистрироваться), чтобы начать заново.',
  'registration.eventNotFound':
    'Это мероприятие больше недоступно. Введите "register", чтобы увидеть открытые мероприятия.',
  'registration.noneYet':
    'У вас пока нет регистраций. Введите "register", чтобы увидеть мероприятия с открытой регистрацией.',
  'registration.canRegisterAgain':
    'Вы можете зарегистрироваться повторно до истечения срока: введите "register".',
  'registration.theChairsTeam': 'команда Председателя',
  'registration.withdrawn': 'Ваша регистрация на «{title}» отозвана.',
  'registration.alreadyWithdrawn': 'Эта регистрация уже была отозвана.',
  'registration.backToReview':
    'Вы изменили сведения о том, кто зарегистрирован (имя, адрес электронной почты, организацию, категорию, страну, должность или группу), поэтому регистрация снова на рассмотрении: группа Председателя примет решение заново.',
  'statement.received':
    'Благодарим вас. Ваши письменные материалы к «{title}» получены {when} и сохранены вместе с вашей регистрацией {reference}.',
  'statement.notRegistered':
    'Письменные материалы принимаются от зарегистрированных участников. Сначала введите "register", чтобы зарегистрироваться.',
  'statement.closed':
    'Письменные материалы к «{title}» принимались до окончания мероприятия {end}.',
  'statement.refused.fileType':
    'Пожалуйста, направьте письменные материалы в виде файла PDF, DOCX или TXT. Ничего не сохранено.',
  'statement.refused.tooLarge':
    'Размер файла превышает 10 МБ. Пожалуйста, отправьте файл меньшего размера. Ничего не сохранено.',
  'statement.refused.contentMismatch':
    'Содержимое файла не соответствует его имени (ожидался настоящий файл {kind}). Ничего не сохранено.',
  'statement.refused.empty': 'Заявление пустое. Ничего не сохранено.',
  'statement.refused.textTooLong':
    'Набранное заявление не должно превышать 20 000 символов; вместо этого можно отправить файл.',
  'statement.refused.controlCharacters':
    'Заявление содержит управляющие символы, которые невозможно сохранить. Пожалуйста, наберите его заново или отправьте файл. Ничего не сохранено.',
  'statement.refused.fileName':
    'Недопустимое имя файла. Пожалуйста, переименуйте файл и отправьте его снова.',
  'statement.refused.download':
    'Не удалось загрузить файл из Teams. Пожалуйста, отправьте его снова.',
  'statement.refused.attachment':
    'Вложение такого типа не может быть принято в качестве письменных материалов. Пожалуйста, отправьте файл PDF, DOCX или TXT.',
};
