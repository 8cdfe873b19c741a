import type { LIMITS_EN } from '../en/limits';
import type { Translation } from '../translation';

/** Spanish texts of the service's limits. */
export const LIMITS_ES: Translation<typeof LIMITS_EN> = {
  'limits.bodyTooLarge':
    'Esta solicitud supera el tamaño que acepta el servicio ({maxKb} KB). No se ha cambiado nada.',
  'limits.tooDeep':
    'Esta solicitud tiene más niveles de anidamiento de los que acepta el servicio ({maxDepth} niveles). No se ha cambiado nada.',
  'limits.tooManyStreams':
    'Ya tiene abiertas todas las vistas en directo que se permiten por persona. Cierre otra pestaña o ventana y vuelva a intentarlo.',
  'limits.streamsFull':
    'El servicio está atendiendo en este momento todas las vistas en directo que puede. Vuelva a intentarlo dentro de unos segundos.',
  'limits.tooManyAttempts':
    'Demasiados intentos desde su dirección. Espere un minuto antes de volver a intentarlo.',
  'limits.chatTooLong':
    'Este mensaje es más largo de lo que leo ({max} caracteres). No se ha cambiado nada. Envíe un mensaje más corto; escriba «help» para ver los comandos.',
  'limits.encodingNotAccepted':
    'Esta solicitud está comprimida; el servicio solo acepta solicitudes sin comprimir. No se ha cambiado nada.',
  'limits.badRequest': 'El servicio no pudo leer esta solicitud. No se ha cambiado nada.',
  'limits.notFound': 'No hay nada en esta dirección.',
  'limits.serverError':
    'Lo sentimos, se ha producido un error por nuestra parte. Vuelva a intentarlo; si el problema persiste, indique la referencia {requestId}.',
};
