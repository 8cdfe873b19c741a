import type { QUEUE_EN } from '../en/queue';
import type { Translation } from '../translation';

/** Spanish texts of the queue area: refusals of speaking-queue commands and their audit labels. */
export const QUEUE_ES: Translation<typeof QUEUE_EN> = {
  'queue.error.staleVersion':
    'La lista de oradores cambió mientras la consultaba (versión {version}; su pantalla mostraba la versión {baseVersion}). No se ha modificado nada; vuelva a consultarla e inténtelo de nuevo.',
  'queue.error.unknownMeeting':
    'Esa reunión no existe en esta aplicación. Compruebe la configuración de la pestaña.',
  'queue.error.chairOnly': 'Solo la Presidencia puede hacer esto.',
  'queue.error.notYourEntry': 'Solo puede retirar su propia solicitud de uso de la palabra.',
  'queue.error.notRegistered': 'Solo los participantes inscritos pueden pedir la palabra.',
  'queue.error.unknownCommand': 'Esta acción no se reconoce. No se ha modificado nada.',
  'queue.error.listClosed': 'La lista de oradores está cerrada.',
  'queue.error.listAlreadyOpen': 'La lista de oradores ya está abierta.',
  'queue.error.listAlreadyClosed': 'La lista de oradores ya está cerrada.',
  'queue.error.listFull':
    'La lista de oradores ha alcanzado su límite de {max} turnos para esta reunión.',
  'queue.error.alreadyWaiting': '{name} ya está esperando para intervenir.',
  'queue.error.entryNotFound': 'Esa solicitud de uso de la palabra ({entryId}) ya no existe.',
  'queue.error.notWaiting': '{name} ya no está esperando para intervenir.',
  'queue.error.notWaitingOrSpeaking': 'El turno de {name} ya ha terminado.',
  'queue.error.positionOutOfRange': 'Elija una posición entre 1 y {max}.',
  'queue.error.nobodyWaiting': 'Nadie está esperando para intervenir.',
  'queue.error.nobodySpeaking': 'Nadie tiene la palabra.',
  'queue.error.timerAlreadyStarted': 'El temporizador de este turno ya se ha iniciado.',
  'queue.error.timerNotRunning': 'El temporizador no está en marcha.',
  'queue.error.timerNotPaused': 'El temporizador no está en pausa.',
  'queue.error.nothingToUndo': 'No hay ninguna acción de la Presidencia que deshacer.',
  'queue.error.undoConflict':
    'La última acción ({action}) no se puede deshacer porque la lista ha cambiado desde entonces (turno de {name}). No se ha modificado nada.',
  'queue.error.undoWouldDuplicate':
    'La última acción ({action}) no se puede deshacer: {name} figuraría entonces dos veces en espera. No se ha modificado nada.',
  'queue.error.nameRequired': 'Escriba el nombre del orador.',
  'queue.error.nameTooLong': 'El nombre del orador no debe superar los {max} caracteres.',
  'queue.error.organizationRequired': 'Escriba la organización del orador.',
  'queue.error.organizationTooLong': 'La organización no debe superar los {max} caracteres.',
  'queue.error.registrationIdInvalid': 'La inscripción de este orador no es válida.',
  'queue.error.onBehalfInvalid':
    'Indique si habla en nombre de su propia organización o de un grupo o coalición.',
  'queue.error.onBehalfNotRegistered':
    'Puede pedir la palabra en nombre de su organización o del grupo en cuyo nombre se inscribió, pero no en nombre de «{group}». El equipo del Presidente puede añadir una declaración en nombre de otro grupo.',
  'queue.error.groupNameRequired': 'Indique el nombre del grupo o coalición.',
  'queue.error.groupNameTooLong': 'El nombre del grupo no debe superar los {max} caracteres.',
  'queue.error.groupMembersRequired': 'Enumere las organizaciones miembros del grupo.',
  'queue.error.tooManyMembers': 'Indique como máximo {max} organizaciones miembros.',
  'queue.error.memberTooLong':
    'El nombre de cada organización miembro no debe superar los {max} caracteres.',
  'queue.error.unknownQuestion':
    'La pregunta orientativa "{questionId}" no forma parte de este evento.',
  'queue.error.invalidKind': 'Un turno es una declaración o un derecho de respuesta.',
  'queue.error.allottedOutOfRange':
    'Asigne un tiempo de intervención de entre {min} y {max} segundos.',
};
