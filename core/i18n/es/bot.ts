import type { BOT_EN } from '../en/bot';
import type { Translation } from '../translation';

/** Spanish texts the bot writes in chat outside cards: greetings, help and refusals. */
export const BOT_ES: Translation<typeof BOT_EN> = {
  'bot.welcome':
    'Le damos la bienvenida. Me encargo de la inscripción en las reuniones de la Presidencia con las partes interesadas: empresas, organizaciones no gubernamentales, instituciones académicas y la comunidad técnica. Cada participante se inscribe aquí a título individual, antes de la fecha límite.',
  'bot.help':
    'Puede escribir:\n- **register** (inscribirse): ver los eventos abiertos a inscripción e inscribirse\n- **my registration** (mi inscripción): ver, modificar o retirar su inscripción hasta la fecha límite\n- **statement** (declaración): enviar una contribución escrita (o adjuntar aquí un archivo PDF, DOCX o TXT)\n- **language fr** (idioma): cambiar el idioma en que le escribo (ar, en, es, fr, ru, zh)\n- **help** (ayuda): esta lista\n\nEl equipo de la Presidencia también puede escribir **registrations** (recuento por categoría), **export** (un enlace de descarga CSV) e **inputs** (contribuciones escritas que publicar o retener).',
  'bot.unidentified':
    'Lo siento, Teams no me ha indicado quién es usted (este mensaje no tiene ninguna identidad de Microsoft Entra), así que no puedo inscribirle. Utilice Microsoft Teams con su cuenta profesional o educativa.',
  'bot.personalOnly':
    'La inscripción se hace en un chat personal conmigo. Abra un chat individual con el bot.',
  'bot.unknownAction':
    'Esta tarjeta está desactualizada. Escriba "help" para ver lo que puede hacer.',
  'organizer.refused': 'Este comando está reservado al equipo de la Presidencia.',
  'organizer.noEvents': 'Todavía no se ha importado ningún evento.',
  'organizer.exportLinkInvalid':
    'Este enlace de exportación es desconocido, ya se ha utilizado o ha caducado. Pida uno nuevo al bot.',
  'notice.title.default': 'Inscripción de partes interesadas',
  'notice.title.warning': 'Atención',
  'notice.title.good': 'Hecho',
};
