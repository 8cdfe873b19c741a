import type { ROUNDTABLE_EN } from '../en/roundtable';
import type { Translation } from '../translation';

/** Spanish texts of the roundtable area: its event fields, invitations, matchmaking and breakouts. */
export const ROUNDTABLE_ES: Translation<typeof ROUNDTABLE_EN> = {
  'roundtable.field.invalidShortId':
    'Utilice de 1 a 32 letras minúsculas, dígitos y guiones, empezando por una letra o un dígito.',
  'roundtable.field.numberTooSmall': 'Utilice un número igual o superior a {min}.',
  'roundtable.field.numberTooLarge': 'Utilice un número igual o inferior a {max}.',
  'roundtable.field.unknownThematicArea':
    'Ningún ámbito temático del evento tiene el identificador "{id}".',
  'roundtable.field.unknownRegion': 'Ninguna región del evento tiene el identificador "{id}".',
  'roundtable.field.matchmakingOnly': 'Solo una sesión de emparejamiento tiene franjas y mesas.',
  'roundtable.field.slotOutsideSession':
    'La franja debe estar comprendida en la sesión (de {start} a {end}).',
  'roundtable.field.slotsOverlap': 'Esta franja se superpone con la franja "{id}".',
  'roundtable.field.duplicateChoice': 'La opción "{id}" figura dos veces.',
  'roundtable.field.unknownState':
    'Elija un Estado Miembro o un Estado observador de las Naciones Unidas.',
  'roundtable.field.invalidDate': 'Esta fecha no es válida.',

  'roundtable.programme.current': 'Ahora: {title}, hasta las {end}.',
  'roundtable.programme.next': 'A continuación: {title}, a las {start}.',
  'roundtable.programme.nothingLeft': 'El programa ha terminado.',
  'roundtable.programme.badZone':
    '"{zone}" no es una zona horaria que este servicio conozca. Utilice un nombre IANA como Europe/Zurich.',
  'roundtable.api.unknownEvent': 'No hay ningún evento con este identificador.',
  'roundtable.api.notRoundtable': 'Este evento no es una mesa redonda presencial.',
  'roundtable.api.chairOnly': 'Solo el equipo de la Presidencia puede ver y exportar estas listas.',
  'roundtable.api.notRegistered': 'No está inscrito en esta mesa redonda.',
  'roundtable.api.badAnswer': 'Responda con "accept" o "decline".',

  'roundtable.level.minister': 'Ministro/a',
  'roundtable.level.deputyMinister': 'Viceministro/a',
  'roundtable.level.ambassador': 'Embajador/a',
  'roundtable.level.other': 'Otro',
  'roundtable.invitation.status.noAnswer': 'Aún sin respuesta',
  'roundtable.invitation.status.accepted': 'Aceptada',
  'roundtable.invitation.status.declined': 'Declinada',
  'roundtable.invitation.stale':
    'Otra persona ha modificado esta invitación entretanto; vuelva a cargarla e inténtelo de nuevo.',
  'roundtable.invitation.alreadyAccepted':
    'La invitación ya está aceptada; cambie en su lugar al jefe de delegación.',
  'roundtable.invitation.alreadyDeclined': 'La invitación ya está declinada.',
  'roundtable.invitation.notAccepted': 'La invitación no ha sido aceptada.',
  'roundtable.invitation.noAnswerYet': 'No hay ninguna respuesta que borrar.',
  'roundtable.invitation.remarksAlreadyRequested':
    'Ya se han solicitado unas breves palabras de apertura; la primera solicitud conserva su puesto.',
  'roundtable.invitation.remarksNotRequested': 'No se han solicitado palabras de apertura.',

  'roundtable.matchmaking.status.proposed': 'Propuesta',
  'roundtable.matchmaking.status.acceptedByProvider': 'Aceptada por el proveedor',
  'roundtable.matchmaking.status.acceptedByState': 'Aceptada por el Estado',
  'roundtable.matchmaking.status.matched': 'Emparejada',
  'roundtable.matchmaking.status.declined': 'Rechazada',
  'roundtable.matchmaking.alreadyAccepted': 'Ya ha aceptado esta reunión.',
  'roundtable.matchmaking.alreadyDeclined': 'Esta reunión fue rechazada.',
  'roundtable.matchmaking.unplaced.noSlots':
    'La sesión de emparejamiento no tiene franjas ni mesas.',
  'roundtable.matchmaking.unplaced.partiesBusy':
    'En todas las franjas, una de las partes ya tiene otra reunión.',
  'roundtable.matchmaking.unplaced.tablesFull':
    'Todas las mesas están ocupadas en las franjas en que ambas partes están libres.',

  'roundtable.breakout.unknownGroup': 'No existe el grupo de debate "{id}".',
  'roundtable.breakout.unknownParticipant':
    'Este participante no figura en la distribución de los grupos de debate.',
  'roundtable.breakout.alreadyInGroup': 'El participante ya está en este grupo.',
  'roundtable.breakout.groupFull':
    'El grupo está completo ({capacity} plazas); confirme para asignar al participante de todos modos.',
  'roundtable.breakout.overflow':
    'Participantes sin plaza: {count}; los grupos tienen {capacity} plazas en total. Añada plazas o asígnelos manualmente.',
};
