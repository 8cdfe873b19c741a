import type { BOT_EN } from '../en/bot';
import type { Translation } from '../translation';

/** French texts the bot writes in chat outside cards: greetings, help and refusals. */
export const BOT_FR: Translation<typeof BOT_EN> = {
  'bot.welcome':
    'Bienvenue. Je gère les inscriptions aux réunions de la présidence avec les parties prenantes : entreprises, organisations non gouvernementales, milieux universitaires et communauté technique. Chaque participant s’inscrit ici à titre individuel, avant la date limite.',
  'bot.help':
    'Vous pouvez taper :\n- **register** (s’inscrire) : voir les événements ouverts aux inscriptions et vous inscrire\n- **my registration** (mon inscription) : consulter, modifier ou retirer votre inscription jusqu’à la date limite\n- **statement** (déclaration) : envoyer une contribution écrite (ou joindre ici un fichier PDF, DOCX ou TXT)\n- **language en** (langue) : changer la langue dans laquelle je vous écris (ar, en, es, fr, ru, zh)\n- **help** (aide) : cette liste\n\nL’équipe de la présidence peut aussi taper **registrations** (nombre d’inscriptions par catégorie), **export** (un lien de téléchargement CSV) et **inputs** (contributions écrites à publier ou à ne pas publier).',
  'bot.unidentified':
    'Désolé, Teams ne m’a pas indiqué qui vous êtes (aucune identité Microsoft Entra dans ce message) ; je ne peux donc pas vous inscrire. Veuillez utiliser Microsoft Teams avec votre compte professionnel ou scolaire.',
  'bot.personalOnly':
    'Les inscriptions se font dans une conversation personnelle avec moi. Veuillez ouvrir une conversation individuelle avec le bot.',
  'bot.unknownAction':
    'Cette carte n’est plus à jour. Tapez "help" pour voir ce que vous pouvez faire.',
  'organizer.refused': 'Cette commande est réservée à l’équipe de la présidence.',
  'organizer.noEvents': 'Aucun événement n’a encore été importé.',
  'organizer.exportLinkInvalid':
    'Ce lien d’exportation est inconnu, déjà utilisé ou expiré. Demandez-en un nouveau au bot.',
  'notice.title.default': 'Inscription des parties prenantes',
  'notice.title.warning': 'Attention',
  'notice.title.good': 'Terminé',
};
