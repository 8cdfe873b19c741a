import type { AUTH_EN } from '../en/auth';
import type { Translation } from '../translation';

/** Spanish texts about signing in to the tab's API: refusals and the development sign-in banner. */
export const AUTH_ES: Translation<typeof AUTH_EN> = {
  'auth.missingToken':
    'Inicie sesión: esta solicitud no incluye ningún inicio de sesión de Microsoft Teams. Abra la aplicación en Microsoft Teams y vuelva a intentarlo.',
  'auth.malformedToken':
    'No se ha podido leer su inicio de sesión. Vuelva a cargar la pestaña para iniciar sesión de nuevo.',
  'auth.invalidToken':
    'Su inicio de sesión no es válido para esta aplicación. Vuelva a cargar la pestaña para iniciar sesión de nuevo.',
  'auth.tokenExpired':
    'Su sesión ha caducado. Vuelva a cargar la pestaña para iniciar sesión de nuevo.',
  'auth.tokenNotYetValid':
    'Su inicio de sesión todavía no es válido. Compruebe la fecha y la hora de su dispositivo y vuelva a cargar la pestaña.',
  'auth.wrongTenant':
    'Esta aplicación solo acepta cuentas de su propia organización. Inicie sesión en Microsoft Teams con esa cuenta.',
  'auth.missingScope':
    'Su inicio de sesión no da acceso a esta aplicación (falta el permiso "access_as_user"). Vuelva a cargar la pestaña; si el problema persiste, pida a su administrador que conceda el consentimiento.',
  'auth.keysUnavailable':
    'En este momento no se puede comprobar el inicio de sesión porque Microsoft Entra ID no responde. Vuelva a intentarlo dentro de un minuto.',
  'auth.devSignInRefused':
    'El inicio de sesión de desarrollo está desactivado: este servicio utiliza Microsoft Entra ID. Inicie sesión a través de Microsoft Teams.',
  'auth.devSignInNotLocal':
    'El inicio de sesión de desarrollo solo funciona desde este equipo (una dirección de bucle invertido, sin proxy ni túnel). Configure Microsoft Entra ID para atender a otros equipos.',
  'auth.devUserRequired':
    'Modo de desarrollo: elija un usuario de prueba ({users}) en el encabezado X-Dev-User o en el parámetro de consulta devUser.',
  'auth.devUserUnknown':
    'Modo de desarrollo: usuario de prueba desconocido. Elija uno de estos: {users}.',
  'auth.forbidden':
    'Esta acción está reservada al equipo de la Presidencia y a los moderadores de la reunión.',
  'tab.devSignIn.banner':
    'Inicio de sesión de desarrollo: usted es el usuario de prueba {name}. Aquí no se comprueba nada con Microsoft Entra ID.',
};
