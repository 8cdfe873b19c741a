import type { LIMITS_EN } from '../en/limits';
import type { Translation } from '../translation';

/** French texts of the service's limits. */
export const LIMITS_FR: Translation<typeof LIMITS_EN> = {
  'limits.bodyTooLarge':
    'Cette requête dépasse la taille acceptée par le service ({maxKb} Ko). Rien n’a été modifié.',
  'limits.tooDeep':
    'Cette requête comporte plus de niveaux d’imbrication que le service n’en accepte ({maxDepth} niveaux). Rien n’a été modifié.',
  'limits.tooManyStreams':
    'Vous avez déjà ouvert le nombre maximal de vues en direct autorisé par personne. Fermez un autre onglet ou une autre fenêtre, puis réessayez.',
  'limits.streamsFull':
    'Le service affiche actuellement autant de vues en direct qu’il le peut. Veuillez réessayer dans quelques secondes.',
  'limits.tooManyAttempts':
    'Trop de tentatives depuis votre adresse. Veuillez patienter une minute avant de réessayer.',
  'limits.chatTooLong':
    'Ce message dépasse la longueur que je lis ({max} caractères). Rien n’a été modifié. Veuillez envoyer un message plus court ; tapez « help » pour voir les commandes.',
  'limits.encodingNotAccepted':
    'Cette requête est compressée ; le service n’accepte que des requêtes non compressées. Rien n’a été modifié.',
  'limits.badRequest': 'Le service n’a pas pu lire cette requête. Rien n’a été modifié.',
  'limits.notFound': 'Il n’y a rien à cette adresse.',
  'limits.serverError':
    'Désolés, une erreur s’est produite de notre côté. Veuillez réessayer ; si le problème persiste, indiquez la référence {requestId}.',
};
