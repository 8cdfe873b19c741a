import type { ROUNDTABLE_BOT_EN } from '../en/roundtable-bot';
import type { Translation } from '../translation';

/** Spanish texts of the roundtable in chat: programme, invitations, matchmaking, breakouts. */
export const ROUNDTABLE_BOT_ES: Translation<typeof ROUNDTABLE_BOT_EN> = {
  'rt.help':
    "Comandos de la mesa redonda (se escriben en inglés): programme, what's next, my matches, accept match ID, decline match ID, my schedule, breakout GROUP-IDS (por orden de preferencia), my breakout. El equipo de la Presidencia también puede escribir: invitations, invite all, accept CODE LEVEL NAME, TITLE, decline CODE [motivo], remarks CODE, invitations export, opening remarks, opening remarks to queue, matchmaking propose, matchmaking schedule, breakouts, breakouts assign, breakout move REF-CODE GROUP [force], breakouts export.",
  'rt.noEvent': 'No hay ninguna mesa redonda presencial con la que trabajar.',
  'rt.notRegistered':
    'No está inscrito en la mesa redonda. Escriba "register" para ver los eventos abiertos a inscripción.',
  'rt.chairOnly': 'Este comando está reservado al equipo de la Presidencia.',
  'rt.usage': 'No he entendido ese comando de la mesa redonda. {usage}',
  'rt.stale': 'Otra persona ha modificado esto al mismo tiempo; vuelva a intentarlo.',

  'rt.programme.title': 'Programa: {title}',
  'rt.programme.zones': 'Horas en {eventZone} (evento) y en {userZone} (la suya).',
  'rt.programme.line': '{date} {start}-{end} ({userDate} {userStart}-{userEnd}, su hora): {title}',
  'rt.programme.location': 'Lugar: {location}',
  'rt.programme.moderators': 'Moderación: {people}',
  'rt.programme.speakers': 'Ponentes: {people}',
  'rt.programme.tbc': '{name} (por confirmar)',
  'rt.programme.chooseEvent':
    'Está inscrito en varios eventos; a continuación figura el programa de cada uno.',
  'rt.whatsNext.title': 'A continuación: {title}',
  'rt.whatsNext.eventTime': 'Hora del evento ({zone}): {time}',
  'rt.whatsNext.yourTime': 'Su hora ({zone}): {time}',

  'rt.invitations.title': 'Invitaciones: {title}',
  'rt.invitations.counts':
    'Invitados: {total}; aceptadas: {accepted}; declinadas: {declined}; sin respuesta: {noAnswer}; solicitudes de palabras de apertura: {remarks}.',
  'rt.invitations.levels':
    'Aceptaciones por nivel: ministros: {minister}; viceministros: {deputyMinister}; embajadores: {ambassador}; otros: {other}.',
  'rt.invitations.byStatus': '{status} ({count}): {states}',
  'rt.invitations.none':
    'Todavía no hay invitaciones. Escriba "invite all" para invitar a todos los Estados Miembros y Estados observadores.',
  'rt.invitations.invited':
    'Se han creado {added} invitaciones nuevas; en total están invitados {total} Estados (Estados Miembros y Estados observadores).',
  'rt.invitations.unknownState':
    '"{code}" no es el código ISO de un Estado Miembro ni de un Estado observador de las Naciones Unidas. No se ha modificado nada.',
  'rt.invitations.notInvited':
    '{state}: todavía no se ha enviado la invitación; escriba primero "invite all".',
  'rt.invitations.recorded': '{state}: {status}.',
  'rt.invitations.acceptedBy': '{state} aceptó: {name}, {title} ({level}).',
  'rt.invitations.remarksRecorded':
    '{state}: palabras de apertura solicitadas para {name}; puesto {position} en el orden de intervención.',
  'rt.invitations.badLevel':
    'Indique el nivel como minister, deputy minister, ambassador u other, por ejemplo "accept SG minister Josephine Teo, Minister for Digital Development and Information".',
  'rt.invitations.badAccept':
    'Escriba "accept CODE LEVEL NAME, TITLE", por ejemplo "accept SG minister Josephine Teo, Minister for Digital Development and Information".',
  'rt.remarks.title': 'Orden de las palabras de apertura: {title}',
  'rt.remarks.line': '{position}. {state}: {name}, {title} ({level})',
  'rt.remarks.none': 'Ningún jefe de delegación ha pedido aún pronunciar palabras de apertura.',
  'rt.remarks.queued':
    'Se han añadido {added} oradores a la lista de oradores por orden de precedencia; {skipped} ya figuraban en ella.',

  'rt.participation.heading': 'Para la mesa redonda',
  'rt.participation.delegation': 'Delegación de (miembros de la delegación de un Estado)',
  'rt.participation.delegationPlaceholder': 'Elija el Estado',
  'rt.participation.areas':
    'Ámbitos de creación de capacidad: lo que ofrece (proveedores) o lo que necesita su Estado',
  'rt.participation.region': 'Región de su oferta o necesidad',
  'rt.participation.regionPlaceholder': 'Elija una región',
  'rt.participation.breakout': 'Grupo de debate, opción {rank}',
  'rt.participation.breakoutPlaceholder': 'Sin preferencia',
  'rt.participation.delegationRequired':
    'Elija el Estado a cuya delegación pertenece (debe haber sido invitado).',
  'rt.participation.delegationOnlyForStates':
    'Solo los miembros de la delegación de un Estado Miembro o de un Estado observador eligen una delegación.',
  'rt.participation.notInvited': 'Este Estado no ha sido invitado a la mesa redonda.',
  'rt.participation.invalid': 'Algunos datos de la mesa redonda no son válidos: {details}',

  'rt.match.proposed':
    'Propuestas en total: {count} ({added} nuevas). Cada parte las ve con "my matches".',
  'rt.match.noDeclarations':
    'Ninguna propuesta: todavía ninguna oferta de un proveedor coincide en un ámbito temático con la necesidad de un Estado.',
  'rt.match.title': 'Propuestas de emparejamiento para usted',
  'rt.match.told':
    '{count} propuestas nuevas están en camino hacia las personas interesadas, con los botones Aceptar y Rechazar.',
  'rt.match.line': '{id}: {provider} con {state}; ámbitos comunes: {areas}. Situación: {status}.',
  'rt.match.none': 'No tiene propuestas de emparejamiento.',
  'rt.match.accept': 'Aceptar {id}',
  'rt.match.decline': 'Rechazar {id}',
  'rt.match.unknown': 'No hay ninguna propuesta de emparejamiento "{id}" para usted.',
  'rt.match.answered': 'Registrado para {id}: {status}.',
  'rt.match.scheduled':
    'Reuniones programadas: {meetings}; parejas emparejadas que no se pudieron ubicar: {unplaced}.',
  'rt.match.unplacedLine': '{id}: {reason}',
  'rt.schedule.title': 'Sus reuniones de emparejamiento',
  'rt.schedule.told':
    '{count} horarios nuevos o modificados están en camino hacia los chats de las personas interesadas.',
  'rt.schedule.line':
    '{start}-{end}, hora del evento ({userStart}-{userEnd}, su hora), {table}: {provider} con {state}',
  'rt.schedule.none': 'Todavía no tiene reuniones de emparejamiento programadas.',

  'rt.breakout.saved': 'Se han guardado sus preferencias de grupo de debate: {groups}.',
  'rt.breakout.assigned':
    'Participantes asignados a grupos de debate: {placed}; sin plaza: {overflow}.',
  'rt.breakout.noPlan': 'Todavía no se han asignado los grupos de debate.',
  'rt.breakout.groupLine': '{title} ({count}/{capacity}): {people}',
  'rt.breakout.overflowLine': 'Sin plaza: {people}',
  'rt.breakout.yours': 'Su grupo de debate: {title}{location}.',
  'rt.breakout.notPlaced': 'Todavía no tiene grupo de debate.',
  'rt.breakout.moved': '{name} ({code}) está ahora en {title}.',
  'rt.breakout.unknownCode':
    'Ninguna persona inscrita en la mesa redonda tiene el código de referencia {code}.',
  'rt.breakout.none': 'Este evento no tiene grupos de debate.',

  'rt.export.none': 'Todavía no hay nada que exportar.',
};
