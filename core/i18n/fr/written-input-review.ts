import type { WRITTEN_INPUT_REVIEW_EN } from '../en/written-input-review';
import type { Translation } from '../translation';

/** French texts of reviewing and publishing written input. */
export const WRITTEN_INPUT_REVIEW_FR: Translation<typeof WRITTEN_INPUT_REVIEW_EN> = {
  'inputs.refused.decision': 'Choisissez de publier ou non la déclaration.',
  'inputs.refused.reasonRequired':
    'Indiquez le motif pour lequel la déclaration n’est pas publiée.',
  'inputs.refused.reasonTooLong': 'Le motif ne peut pas dépasser 500 caractères.',
  'inputs.refused.unknownInput': 'Il n’y a pas de déclaration {id} pour cet événement.',
  'inputs.refused.ambiguous':
    'Plusieurs déclarations commencent par {id} ; tapez davantage de caractères de l’identifiant.',
  'inputs.refused.stale':
    'Une autre personne a examiné cette déclaration au même moment. Consultez-la de nouveau, puis prenez votre décision.',
  'inputs.chat.usage':
    'Tapez « inputs » (ou « inputs <événement> ») pour les déclarations à examiner, « publish <id> » pour en publier une, ou « withhold <id> <motif> » pour ne pas la publier.',
  'inputs.chat.heading':
    '« {title} » : {unreviewed} déclarations à examiner, {published} publiées, {withheld} non publiées.',
  'inputs.chat.none':
    '« {title} » : aucune déclaration n’est en attente d’examen ({published} publiées, {withheld} non publiées).',
  'inputs.chat.rowText': '{id} · {organization} ({category}) : « {excerpt} »',
  'inputs.chat.rowFile': '{id} · {organization} ({category}) : fichier {fileName}',
  'inputs.chat.more':
    '… et {count} autres : la page de l’organisateur, dans l’onglet, les affiche toutes.',
  'inputs.chat.published': 'Déclaration {id} de {organization} publiée. Page publique : {url}',
  'inputs.chat.publishedNotified':
    'Déclaration {id} de {organization} publiée ; son auteur en est informé dans le chat. Page publique : {url}',
  'inputs.chat.withheld': 'Déclaration {id} de {organization} non publiée : {reason}',
  'inputs.chat.unchanged': 'La déclaration {id} de {organization} est déjà {status}.',
  'inputs.status.unreviewed': 'non examinée',
  'inputs.status.published': 'publiée',
  'inputs.status.withheld': 'non publiée',
  'inputs.notice.published':
    'Votre contribution écrite à « {title} » est désormais publiée sur la page publique : {url}',
  'inputs.page.title': 'Contributions écrites : {title}',
  'inputs.page.intro':
    'Déclarations envoyées par les parties prenantes pour « {title} », publiées par la présidence. Seules les déclarations publiées par la présidence sont affichées.',
  'inputs.page.none': 'Aucune déclaration n’a encore été publiée.',
  'inputs.page.noneFiltered': 'Aucune déclaration publiée ne correspond à ce choix.',
  'inputs.page.filter': 'Afficher les déclarations',
  'inputs.page.category': 'Catégorie de parties prenantes',
  'inputs.page.question': 'Question directrice',
  'inputs.page.any': 'Toutes',
  'inputs.page.apply': 'Afficher',
  'inputs.page.organization': 'Organisation',
  'inputs.page.questions': 'Questions directrices abordées',
  'inputs.page.noQuestions': 'Aucune indiquée',
  'inputs.page.publishedOn': 'Publiée le',
  'inputs.page.download': 'Télécharger {fileName} ({size})',
  'inputs.page.sizeKb': '{size} Ko',
  'inputs.page.feeds': 'Flux pour les pages web',
  'inputs.page.json': 'Flux JSON',
  'inputs.page.atom': 'Flux Atom',
  'inputs.page.language': 'Langue',
  'inputs.page.count': '{count} déclarations publiées',
  'inputs.page.unknownEvent': 'Cet événement n’existe pas.',
  'inputs.page.fileMissing': 'Il n’y a pas de fichier publié à cette adresse.',
  'inputs.feed.entryTitle': '{organization} ({category})',
  'tab.inputs.heading': 'Contributions écrites',
  'tab.inputs.loadFailed':
    'Les contributions écrites n’ont pas pu être chargées. Veuillez recharger l’onglet.',
  'tab.inputs.none': 'Aucune contribution écrite n’a encore été reçue.',
  'tab.inputs.caption': 'Déclarations reçues, les plus récentes en premier',
  'tab.inputs.counts': '{unreviewed} à examiner, {published} publiées, {withheld} non publiées',
  'tab.inputs.col.received': 'Reçue le',
  'tab.inputs.col.author': 'De',
  'tab.inputs.col.statement': 'Déclaration',
  'tab.inputs.col.status': 'Statut',
  'tab.inputs.col.review': 'Examen',
  'tab.inputs.file': 'Fichier : {fileName}',
  'tab.inputs.status.unreviewed': 'À examiner',
  'tab.inputs.status.published': 'Publiée',
  'tab.inputs.status.withheld': 'Non publiée',
  'tab.inputs.reason': 'Motif',
  'tab.inputs.reasonFor': 'Motif concernant la déclaration de {organization}',
  'tab.inputs.publish': 'Publier',
  'tab.inputs.withhold': 'Ne pas publier',
  'tab.inputs.publishFor': 'Publier la déclaration de {organization}',
  'tab.inputs.withholdFor': 'Ne pas publier la déclaration de {organization}',
  'tab.inputs.done': 'Déclaration de {organization} : {status}.',
  'tab.inputs.publicPage': 'Ouvrir la page publique',
  'tab.delivery.kind.inputPublished': 'Contribution écrite publiée',
};
