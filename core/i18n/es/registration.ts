import type { REGISTRATION_EN } from '../en/registration';
import type { Translation } from '../translation';

/** Spanish texts of the registration journey: validation, outcomes, statuses and written input. */
export const REGISTRATION_ES: Translation<typeof REGISTRATION_EN> = {
  'registration.status.pending': 'Pendiente de confirmación por el equipo de la Presidencia',
  'registration.status.confirmed': 'Confirmada',
  'registration.status.waitlisted': 'En la lista de espera',
  'registration.status.declined': 'Rechazada',
  'registration.status.withdrawn': 'Retirada',
  'registration.form.consentRequired': 'Para inscribirse, acepte el aviso de privacidad.',
  'registration.form.groupNameRequired':
    'Indique el nombre del grupo o coalición al que pertenecen estas organizaciones miembros.',
  'registration.form.tooManyMembers': 'Indique como máximo {max} organizaciones miembros.',
  'registration.form.memberTooLong':
    'El nombre de cada organización miembro no debe superar los {max} caracteres.',
  'registration.form.fixErrors':
    'Corrija los campos señalados a continuación; todavía no se ha guardado nada.',
  'registration.notOpen':
    'La inscripción para "{title}" se abre el {opens} ({opensLocal} en su hora local). Vuelva en ese momento.',
  'registration.closed':
    'La inscripción para "{title}" se cerró el {deadline} ({deadlineLocal} en su hora local). No se ha modificado nada.',
  'registration.closedForEdits':
    'Los cambios eran posibles hasta el {deadline} ({deadlineLocal} en su hora local). Si es necesario cambiar algo, póngase en contacto con {contact}.',
  'registration.alreadyRegistered':
    'Ya está inscrito en este evento. Esta es su inscripción; puede modificarla hasta la fecha límite.',
  'registration.notSaved':
    'No se pudo guardar su inscripción y no se ha conservado nada de ella. Sus respuestas figuran a continuación: envíe el formulario de nuevo.',
  'registration.stale':
    'Su inscripción ha cambiado desde que se mostró esta tarjeta (quizás desde otro dispositivo). Se muestra tal como está ahora; no se ha sobrescrito nada.',
  'registration.notFound':
    'No hemos encontrado esa inscripción. Escriba "register" (inscribirse) para empezar de nuevo.',
  'registration.eventNotFound':
    'Ese evento ya no está disponible. Escriba "register" para ver los eventos abiertos.',
  'registration.noneYet':
    'Todavía no tiene ninguna inscripción. Escriba "register" para ver los eventos abiertos a inscripción.',
  'registration.canRegisterAgain':
    'Puede volver a inscribirse hasta la fecha límite: escriba "register".',
  'registration.theChairsTeam': 'el equipo de la Presidencia',
  'registration.withdrawn': 'Se ha retirado su inscripción para "{title}".',
  'registration.alreadyWithdrawn': 'Esta inscripción ya se había retirado.',
  'registration.backToReview':
    'Ha cambiado la identidad de esta inscripción (nombre, correo electrónico, organización, categoría, país, cargo o grupo), por lo que vuelve a estar en revisión: el equipo del Presidente decidirá de nuevo.',
  'statement.received':
    'Gracias. Su contribución escrita para "{title}" se recibió el {when} y se guardó con su inscripción {reference}.',
  'statement.notRegistered':
    'Se aceptan contribuciones escritas de los participantes inscritos. Escriba "register" para inscribirse primero.',
  'statement.closed':
    'Las contribuciones escritas para "{title}" se aceptaron hasta la finalización del evento, el {end}.',
  'statement.refused.fileType':
    'Envíe la contribución escrita como archivo PDF, DOCX o TXT. No se ha guardado nada.',
  'statement.refused.tooLarge':
    'El archivo supera los 10 MB. Envíe un archivo más pequeño. No se ha guardado nada.',
  'statement.refused.contentMismatch':
    'El contenido del archivo no coincide con su nombre (se esperaba un archivo {kind} auténtico). No se ha guardado nada.',
  'statement.refused.empty': 'La declaración está vacía. No se ha guardado nada.',
  'statement.refused.textTooLong':
    'Una declaración escrita en el chat no debe superar los 20.000 caracteres; también puede enviar un archivo.',
  'statement.refused.controlCharacters':
    'La declaración contiene caracteres de control que no se pueden conservar. Vuelva a escribirla o envíe un archivo. No se ha guardado nada.',
  'statement.refused.fileName':
    'El nombre del archivo no es aceptable. Cambie el nombre del archivo y vuelva a enviarlo.',
  'statement.refused.download': 'No hemos podido descargar el archivo de Teams. Vuelva a enviarlo.',
  'statement.refused.attachment':
    'Este tipo de archivo adjunto no se puede aceptar como contribución escrita. Envíe un archivo PDF, DOCX o TXT.',
};
