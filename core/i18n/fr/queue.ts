import type { QUEUE_EN } from '../en/queue';
import type { Translation } from '../translation';

/** French texts of the queue area: refusals of speaking-queue commands and their audit labels. */
export const QUEUE_FR: Translation<typeof QUEUE_EN> = {
  'queue.error.staleVersion':
    'La liste des orateurs a changé pendant que vous la consultiez (version {version} ; votre écran affichait la version {baseVersion}). Rien n’a été modifié ; veuillez la consulter de nouveau et réessayer.',
  'queue.error.unknownMeeting':
    'Cette réunion n’existe pas dans cette application. Vérifiez les paramètres de l’onglet.',
  'queue.error.chairOnly': 'Seule la présidence peut effectuer cette action.',
  'queue.error.notYourEntry': 'Vous ne pouvez retirer que votre propre demande de parole.',
  'queue.error.notRegistered': 'Seuls les participants inscrits peuvent demander la parole.',
  'queue.error.unknownCommand': 'Cette action n’est pas reconnue. Rien n’a été modifié.',
  'queue.error.listClosed': 'La liste des orateurs est close.',
  'queue.error.listAlreadyOpen': 'La liste des orateurs est déjà ouverte.',
  'queue.error.listAlreadyClosed': 'La liste des orateurs est déjà close.',
  'queue.error.listFull':
    'La liste des orateurs a atteint la limite de {max} interventions fixée pour cette réunion.',
  'queue.error.alreadyWaiting': '{name} attend déjà son tour de parole.',
  'queue.error.entryNotFound': 'Cette demande de parole ({entryId}) n’existe plus.',
  'queue.error.notWaiting': '{name} n’attend plus son tour de parole.',
  'queue.error.notWaitingOrSpeaking': 'Le tour de parole de {name} est déjà terminé.',
  'queue.error.positionOutOfRange': 'Veuillez choisir une position entre 1 et {max}.',
  'queue.error.nobodyWaiting': 'Personne n’attend de prendre la parole.',
  'queue.error.nobodySpeaking': 'Personne n’a la parole.',
  'queue.error.timerAlreadyStarted': 'Le chronomètre de cette intervention a déjà été lancé.',
  'queue.error.timerNotRunning': 'Le chronomètre n’est pas en marche.',
  'queue.error.timerNotPaused': 'Le chronomètre n’est pas en pause.',
  'queue.error.nothingToUndo': 'Aucune action de la présidence n’est à annuler.',
  'queue.error.undoConflict':
    'La dernière action ({action}) ne peut pas être annulée, car la liste a changé depuis (tour de parole de {name}). Rien n’a été modifié.',
  'queue.error.undoWouldDuplicate':
    'La dernière action ({action}) ne peut pas être annulée : {name} figurerait alors deux fois dans la liste d’attente. Rien n’a été modifié.',
  'queue.error.nameRequired': 'Veuillez saisir le nom de l’orateur.',
  'queue.error.nameTooLong': 'Le nom de l’orateur ne doit pas dépasser {max} caractères.',
  'queue.error.organizationRequired': 'Veuillez saisir l’organisation de l’orateur.',
  'queue.error.organizationTooLong':
    'Le nom de l’organisation ne doit pas dépasser {max} caractères.',
  'queue.error.registrationIdInvalid': 'L’inscription de cet orateur n’est pas valide.',
  'queue.error.onBehalfInvalid':
    'Veuillez indiquer si vous parlez au nom de votre propre organisation ou d’un groupe ou d’une coalition.',
  'queue.error.onBehalfNotRegistered':
    "Vous pouvez demander la parole au nom de votre organisation ou du groupe pour lequel vous vous êtes inscrit(e), mais pas au nom de « {group} ». L'équipe du Président peut ajouter une déclaration au nom d'un autre groupe.",
  'queue.error.groupNameRequired': 'Veuillez indiquer le nom du groupe ou de la coalition.',
  'queue.error.groupNameTooLong': 'Le nom du groupe ne doit pas dépasser {max} caractères.',
  'queue.error.groupMembersRequired': 'Veuillez indiquer les organisations membres du groupe.',
  'queue.error.tooManyMembers': 'Veuillez indiquer au maximum {max} organisations membres.',
  'queue.error.memberTooLong':
    'Le nom de chaque organisation membre ne doit pas dépasser {max} caractères.',
  'queue.error.unknownQuestion':
    'La question directrice « {questionId} » ne fait pas partie de cet événement.',
  'queue.error.invalidKind': 'Une intervention est soit une déclaration, soit un droit de réponse.',
  'queue.error.allottedOutOfRange':
    'Veuillez attribuer un temps de parole compris entre {min} et {max} secondes.',
};
