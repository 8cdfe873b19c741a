import type { TAB_ROUNDTABLE_EN } from '../en/tab-roundtable';
import type { Translation } from '../translation';

/** Spanish texts of the tab's roundtable pages: the programme, one's own schedule, the chair's lists. */
export const TAB_ROUNDTABLE_ES: Translation<typeof TAB_ROUNDTABLE_EN> = {
  'tab.programme.heading': 'Programa',
  'tab.programme.zones':
    'Las horas se indican en la zona horaria del evento ({eventZone}) y en la suya ({viewerZone}).',
  'tab.programme.eventTime': 'Hora del evento ({zone})',
  'tab.programme.yourTime': 'Su hora ({zone})',
  'tab.programme.span': '{date}, {start}–{end}',
  'tab.programme.where': 'Lugar',
  'tab.programme.moderators': 'Moderación',
  'tab.programme.speakers': 'Ponentes',
  'tab.programme.tbc': '{name} (por confirmar)',
  'tab.programme.now': 'Ahora',
  'tab.programme.next': 'A continuación',
  'tab.programme.nothingLeft': 'El programa ha terminado.',
  'tab.programme.none': 'Este evento todavía no tiene programa.',
  'tab.programme.loadFailed': 'No se pudo cargar el programa. Vuelva a cargar la pestaña.',

  'tab.mySchedule.heading': 'Mi agenda',
  'tab.mySchedule.notRegistered':
    'Cuando se inscriba en esta mesa redonda, aquí aparecerán sus reuniones de emparejamiento y su grupo de debate. Para inscribirse, abra un chat personal con el bot y escriba "register".',
  'tab.mySchedule.meetings': 'Reuniones de emparejamiento',
  'tab.mySchedule.noMeetings': 'Todavía no tiene reuniones de emparejamiento programadas.',
  'tab.mySchedule.meetingWith': '{table}, con {counterpart}',
  'tab.mySchedule.proposals': 'Propuestas de emparejamiento',
  'tab.mySchedule.noProposals': 'No tiene ninguna propuesta de emparejamiento pendiente.',
  'tab.mySchedule.proposal': '{counterpart}. Ámbitos comunes: {areas}.',
  'tab.mySchedule.accept': 'Aceptar',
  'tab.mySchedule.decline': 'Rechazar',
  'tab.mySchedule.acceptLabel': 'Aceptar la reunión con {counterpart}',
  'tab.mySchedule.declineLabel': 'Rechazar la reunión con {counterpart}',
  'tab.mySchedule.answerFailed': 'No se pudo registrar su respuesta. Vuelva a intentarlo.',
  'tab.mySchedule.breakout': 'Grupo de debate',
  'tab.mySchedule.noBreakout': 'Todavía no tiene grupo de debate.',
  'tab.match.status.proposed': 'Propuesta',
  'tab.match.status.acceptedByProvider': 'Aceptada por el proveedor',
  'tab.match.status.acceptedByState': 'Aceptada por el Estado',
  'tab.match.status.matched': 'Emparejada',
  'tab.match.status.declined': 'Rechazada',

  'tab.invitations.heading': 'Invitaciones',
  'tab.invitations.summary':
    'Estados invitados: {total}; aceptadas: {accepted}; declinadas: {declined}; sin respuesta: {noAnswer}. Solicitudes de palabras de apertura: {remarks}.',
  'tab.invitations.caption':
    'Invitaciones a Estados Miembros y Estados observadores: se muestran {shown} de {total}',
  'tab.invitations.filter': 'Mostrar',
  'tab.invitations.filterAll': 'Todas las invitaciones',
  'tab.invitations.status.noAnswer': 'Aún sin respuesta',
  'tab.invitations.status.accepted': 'Aceptada',
  'tab.invitations.status.declined': 'Declinada',
  'tab.invitations.col.state': 'Estado',
  'tab.invitations.col.status': 'Situación',
  'tab.invitations.col.head': 'Jefatura de la delegación',
  'tab.invitations.col.level': 'Nivel',
  'tab.invitations.col.remarks': 'Palabras de apertura',
  'tab.invitations.remarksRequested': 'Solicitadas',
  'tab.invitations.remarksNone': 'No',
  'tab.invitations.none':
    'Todavía no se ha invitado a ningún Estado. Para invitarlos a todos, escriba "invite all" en un chat personal con el bot.',
  'tab.level.minister': 'Ministro/a',
  'tab.level.deputyMinister': 'Viceministro/a',
  'tab.level.ambassador': 'Embajador/a',
  'tab.level.other': 'Otro',

  'tab.breakouts.heading': 'Grupos de debate',
  'tab.breakouts.caption': '{title}: {count} de {capacity} plazas ocupadas',
  'tab.breakouts.col.name': 'Nombre',
  'tab.breakouts.col.organization': 'Organización',
  'tab.breakouts.col.reference': 'Referencia',
  'tab.breakouts.empty': 'No hay nadie asignado a este grupo.',
  'tab.breakouts.notAssigned':
    'Todavía no se han asignado los grupos de debate. Para asignarlos, escriba "breakouts assign" en un chat personal con el bot.',
  'tab.breakouts.overflow': 'Sin plaza: {count}',

  'tab.export.csv': 'Exportar CSV',
  'tab.export.invitations': 'Exportar CSV de las invitaciones',
  'tab.export.breakouts': 'Exportar CSV de los grupos de debate',
  'tab.export.link': 'Descargar el archivo CSV (el enlace funciona una vez, durante 15 minutos)',
  'tab.export.failed': 'No se pudo preparar la exportación. Vuelva a intentarlo.',
  'tab.roundtable.loadFailed': 'No se pudieron cargar estas listas. Vuelva a cargar la pestaña.',
};
