import type { REGISTRATION_EN } from '../en/registration';
import type { Translation } from '../translation';

/** French texts of the registration journey: validation, outcomes, statuses and written input. */
export const REGISTRATION_FR: Translation<typeof REGISTRATION_EN> = {
  'registration.status.pending': 'En attente de confirmation par l’équipe de la présidence',
  'registration.status.confirmed': 'Confirmée',
  'registration.status.waitlisted': 'Sur la liste d’attente',
  'registration.status.declined': 'Refusée',
  'registration.status.withdrawn': 'Retirée',
  'registration.form.consentRequired':
    'Pour vous inscrire, veuillez accepter l’avis de confidentialité.',
  'registration.form.groupNameRequired':
    'Veuillez indiquer le nom du groupe ou de la coalition dont ces organisations membres font partie.',
  'registration.form.tooManyMembers': 'Veuillez indiquer au maximum {max} organisations membres.',
  'registration.form.memberTooLong':
    'Le nom de chaque organisation membre ne doit pas dépasser {max} caractères.',
  'registration.form.fixErrors':
    'Veuillez corriger les champs signalés ci-dessous ; rien n’a encore été enregistré.',
  'registration.notOpen':
    'Les inscriptions à « {title} » ouvrent le {opens} ({opensLocal} selon votre heure locale). Veuillez revenir à ce moment-là.',
  'registration.closed':
    'Les inscriptions à « {title} » ont été closes le {deadline} ({deadlineLocal} selon votre heure locale). Rien n’a été modifié.',
  'registration.closedForEdits':
    'Les modifications étaient possibles jusqu’au {deadline} ({deadlineLocal} selon votre heure locale). Si un changement est nécessaire, veuillez contacter {contact}.',
  'registration.alreadyRegistered':
    'Vous êtes déjà inscrit(e) à cet événement. Voici votre inscription ; vous pouvez la modifier jusqu’à la date limite.',
  'registration.notSaved':
    'Votre inscription n’a pas pu être enregistrée, et rien n’en a été conservé. Vos réponses figurent ci-dessous : veuillez renvoyer le formulaire.',
  'registration.stale':
    'Votre inscription a été modifiée depuis l’affichage de cette carte (peut-être depuis un autre appareil). La voici dans son état actuel ; rien n’a été écrasé.',
  'registration.notFound':
    'Nous n’avons pas trouvé cette inscription. Tapez "register" (s’inscrire) pour recommencer.',
  'registration.eventNotFound':
    'Cet événement n’est plus disponible. Tapez "register" pour voir les événements ouverts.',
  'registration.noneYet':
    'Vous n’avez encore aucune inscription. Tapez "register" pour voir les événements ouverts aux inscriptions.',
  'registration.canRegisterAgain':
    'Vous pouvez vous réinscrire jusqu’à la date limite : tapez "register".',
  'registration.theChairsTeam': 'l’équipe de la présidence',
  'registration.withdrawn': 'Votre inscription à « {title} » a été retirée.',
  'registration.alreadyWithdrawn': 'Cette inscription avait déjà été retirée.',
  'registration.backToReview':
    "Vous avez modifié l'identité de cette inscription (nom, adresse e-mail, organisation, catégorie, pays, fonction ou groupe) : elle est de nouveau en cours d'examen et l'équipe du Président statuera à nouveau.",
  'statement.received':
    'Merci. Votre contribution écrite pour « {title} » a été reçue le {when} et enregistrée avec votre inscription {reference}.',
  'statement.notRegistered':
    'Les contributions écrites sont acceptées des participants inscrits. Tapez "register" pour vous inscrire d’abord.',
  'statement.closed':
    'Les contributions écrites pour « {title} » étaient acceptées jusqu’à la fin de l’événement, le {end}.',
  'statement.refused.fileType':
    'Veuillez envoyer votre contribution écrite sous forme de fichier PDF, DOCX ou TXT. Rien n’a été enregistré.',
  'statement.refused.tooLarge':
    'Le fichier dépasse 10 Mo. Veuillez envoyer un fichier plus petit. Rien n’a été enregistré.',
  'statement.refused.contentMismatch':
    'Le contenu du fichier ne correspond pas à son nom (un véritable fichier {kind} était attendu). Rien n’a été enregistré.',
  'statement.refused.empty': 'La déclaration est vide. Rien n’a été enregistré.',
  'statement.refused.textTooLong':
    'Une déclaration saisie ne doit pas dépasser 20 000 caractères ; vous pouvez aussi envoyer un fichier.',
  'statement.refused.controlCharacters':
    'La déclaration contient des caractères de contrôle qui ne peuvent pas être conservés. Veuillez la ressaisir ou envoyer un fichier. Rien n’a été enregistré.',
  'statement.refused.fileName':
    'Le nom du fichier n’est pas acceptable. Veuillez renommer le fichier et l’envoyer de nouveau.',
  'statement.refused.download':
    'Nous n’avons pas pu télécharger le fichier depuis Teams. Veuillez l’envoyer de nouveau.',
  'statement.refused.attachment':
    'Ce type de pièce jointe ne peut pas être accepté comme contribution écrite. Veuillez envoyer un fichier PDF, DOCX ou TXT.',
};
