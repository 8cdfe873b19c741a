import type { AUTH_EN } from '../en/auth';
import type { Translation } from '../translation';

/** French texts about signing in to the tab's API: refusals and the development sign-in banner. */
export const AUTH_FR: Translation<typeof AUTH_EN> = {
  'auth.missingToken':
    'Veuillez vous connecter : cette requête ne comporte aucune connexion Microsoft Teams. Ouvrez l’application dans Microsoft Teams et réessayez.',
  'auth.malformedToken':
    'Votre connexion n’a pas pu être lue. Veuillez recharger l’onglet pour vous reconnecter.',
  'auth.invalidToken':
    'Votre connexion n’est pas valide pour cette application. Veuillez recharger l’onglet pour vous reconnecter.',
  'auth.tokenExpired':
    'Votre connexion a expiré. Veuillez recharger l’onglet pour vous reconnecter.',
  'auth.tokenNotYetValid':
    'Votre connexion n’est pas encore valide. Vérifiez la date et l’heure de votre appareil, puis rechargez l’onglet.',
  'auth.wrongTenant':
    'Cette application n’accepte que les comptes de sa propre organisation. Veuillez vous connecter à Microsoft Teams avec ce compte.',
  'auth.missingScope':
    'Votre connexion ne donne pas accès à cette application (autorisation "access_as_user" manquante). Rechargez l’onglet ; si le problème persiste, demandez à votre administrateur d’accorder son consentement.',
  'auth.keysUnavailable':
    'La connexion ne peut pas être vérifiée pour le moment, car Microsoft Entra ID ne répond pas. Veuillez réessayer dans une minute.',
  'auth.devSignInRefused':
    'La connexion de développement est désactivée : ce service utilise Microsoft Entra ID. Veuillez vous connecter via Microsoft Teams.',
  'auth.devSignInNotLocal':
    'La connexion de développement ne fonctionne que depuis cet ordinateur (adresse de bouclage, sans proxy ni tunnel). Configurez Microsoft Entra ID pour servir d’autres ordinateurs.',
  'auth.devUserRequired':
    'Mode développement : choisissez un utilisateur de test ({users}) dans l’en-tête X-Dev-User ou le paramètre de requête devUser.',
  'auth.devUserUnknown':
    'Mode développement : utilisateur de test inconnu. Choisissez parmi : {users}.',
  'auth.forbidden':
    'Cette action est réservée à l’équipe de la présidence et aux présentateurs de la réunion.',
  'tab.devSignIn.banner':
    'Connexion de développement : vous êtes l’utilisateur de test {name}. Rien ici n’est vérifié auprès de Microsoft Entra ID.',
};
