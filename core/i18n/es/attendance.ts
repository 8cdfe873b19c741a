import type { ATTENDANCE_EN } from '../en/attendance';
import type { Translation } from '../translation';

/** Spanish texts of lobby and presenter settings and of the attendance report. */
export const ATTENDANCE_ES: Translation<typeof ATTENDANCE_EN> = {
  'attendance.options.applied':
    'Opciones de la reunión de Teams establecidas: las partes interesadas invitadas no pasan por la sala de espera (tampoco por teléfono) y solo el equipo de la Presidencia actúa como moderador.',
  'attendance.options.refused':
    'Microsoft Graph se negó a establecer la sala de espera y los moderadores de la reunión de Teams (403). La reunión funciona, pero todos esperan en la sala de espera y cualquiera puede presentar. Solución: conceda a la aplicación el permiso de aplicación OnlineMeetings.ReadWrite.All (y OnlineMeetingArtifact.Read.All para la asistencia) con consentimiento de administrador y, a continuación, ejecute en Teams PowerShell New-CsApplicationAccessPolicy -Identity MeetingsApp -AppIds <app id> y Grant-CsApplicationAccessPolicy -PolicyName MeetingsApp -Identity {organizer}.',
  'attendance.options.failed':
    'No se pudieron establecer la sala de espera y los moderadores de la reunión de Teams (consulte el registro del servicio); la reunión funciona con la configuración predeterminada del inquilino. Pida al equipo de la Presidencia que vuelva a intentarlo más tarde.',
  'attendance.error.unknownEvent':
    'No hay ningún evento con ese identificador. No se ha cambiado nada.',
  'attendance.error.noMeeting':
    'Este evento aún no tiene reunión de Teams (se crea con la primera confirmación), por lo que no hay asistencia que notificar.',
  'attendance.error.noReport':
    'Teams aún no tiene un informe de asistencia para esta reunión. Los informes aparecen unos minutos después de que termine la reunión; vuelva a intentarlo más tarde.',
  'attendance.error.offline':
    'Reunión local (modo sin conexión): no hay credenciales de Microsoft Graph configuradas, por lo que no hay informe de asistencia de Teams. Establezca la configuración GRAPH_ para leer la asistencia real.',
  'attendance.error.refused':
    'Microsoft Graph se negó a leer el informe de asistencia (403). Solución: conceda a la aplicación el permiso de aplicación OnlineMeetingArtifact.Read.All con consentimiento de administrador e incluya al organizador {organizer} en una directiva de acceso a aplicaciones de Teams (New-CsApplicationAccessPolicy y, a continuación, Grant-CsApplicationAccessPolicy -PolicyName <policy> -Identity {organizer}).',
  'attendance.error.failed': 'No se pudo leer el informe de asistencia. Motivo: {reason}',
  'attendance.report.summary':
    'Asistencia: asistieron {attended} personas inscritas, {absent} personas confirmadas no asistieron, {unmatched} otros participantes. Descargue el archivo CSV (un solo uso, válido 15 minutos): {url}',
  'attendance.report.row':
    '{name}: asistieron {attendees}, {attended} min en la reunión, {spoken} min de intervención',
  'attendance.report.groups': 'Grupos y coaliciones:',
};
