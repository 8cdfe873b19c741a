import type { WRITTEN_INPUT_REVIEW_EN } from '../en/written-input-review';
import type { Translation } from '../translation';

/** Spanish texts of reviewing and publishing written input. */
export const WRITTEN_INPUT_REVIEW_ES: Translation<typeof WRITTEN_INPUT_REVIEW_EN> = {
  'inputs.refused.decision': 'Elija si desea publicar o retener la declaración.',
  'inputs.refused.reasonRequired': 'Indique un motivo para retener la declaración.',
  'inputs.refused.reasonTooLong': 'El motivo puede tener como máximo 500 caracteres.',
  'inputs.refused.unknownInput': 'No hay ninguna declaración {id} en este evento.',
  'inputs.refused.ambiguous':
    'Varias declaraciones empiezan por {id}; escriba más caracteres del identificador.',
  'inputs.refused.stale':
    'Otra persona examinó esta declaración en el mismo momento. Vuelva a consultarla y decida de nuevo.',
  'inputs.chat.usage':
    'Escriba "inputs" (o "inputs <evento>") para ver las declaraciones pendientes de examen, "publish <id>" para publicar una o "withhold <id> <motivo>" para retenerla.',
  'inputs.chat.heading':
    '"{title}": {unreviewed} declaraciones por examinar, {published} publicadas, {withheld} retenidas.',
  'inputs.chat.none':
    '"{title}": ninguna declaración espera examen ({published} publicadas, {withheld} retenidas).',
  'inputs.chat.rowText': '{id} · {organization} ({category}): "{excerpt}"',
  'inputs.chat.rowFile': '{id} · {organization} ({category}): archivo {fileName}',
  'inputs.chat.more':
    '… y {count} más: la página del organizador, en la pestaña, las muestra todas.',
  'inputs.chat.published': 'Declaración {id} de {organization} publicada. Página pública: {url}',
  'inputs.chat.publishedNotified':
    'Declaración {id} de {organization} publicada; se informa a su autor en el chat. Página pública: {url}',
  'inputs.chat.withheld': 'Declaración {id} de {organization} retenida: {reason}',
  'inputs.chat.unchanged': 'La declaración {id} de {organization} ya está {status}.',
  'inputs.status.unreviewed': 'sin examinar',
  'inputs.status.published': 'publicada',
  'inputs.status.withheld': 'retenida',
  'inputs.notice.published':
    'Su contribución escrita a "{title}" ya está publicada en la página pública: {url}',
  'inputs.page.title': 'Contribuciones escritas: {title}',
  'inputs.page.intro':
    'Declaraciones enviadas por las partes interesadas para "{title}", publicadas por la Presidencia. Solo se muestran las declaraciones que la Presidencia ha publicado.',
  'inputs.page.none': 'Todavía no se ha publicado ninguna declaración.',
  'inputs.page.noneFiltered': 'Ninguna declaración publicada corresponde a esta selección.',
  'inputs.page.filter': 'Mostrar declaraciones',
  'inputs.page.category': 'Categoría de partes interesadas',
  'inputs.page.question': 'Pregunta orientadora',
  'inputs.page.any': 'Todas',
  'inputs.page.apply': 'Mostrar',
  'inputs.page.organization': 'Organización',
  'inputs.page.questions': 'Preguntas orientadoras abordadas',
  'inputs.page.noQuestions': 'Ninguna indicada',
  'inputs.page.publishedOn': 'Fecha de publicación',
  'inputs.page.download': 'Descargar {fileName} ({size})',
  'inputs.page.sizeKb': '{size} KB',
  'inputs.page.feeds': 'Fuentes para páginas web',
  'inputs.page.json': 'Fuente JSON',
  'inputs.page.atom': 'Fuente Atom',
  'inputs.page.language': 'Idioma',
  'inputs.page.count': '{count} declaraciones publicadas',
  'inputs.page.unknownEvent': 'Este evento no existe.',
  'inputs.page.fileMissing': 'No hay ningún archivo publicado en esta dirección.',
  'inputs.feed.entryTitle': '{organization} ({category})',
  'tab.inputs.heading': 'Contribuciones escritas',
  'tab.inputs.loadFailed':
    'No se pudieron cargar las contribuciones escritas. Vuelva a cargar la pestaña.',
  'tab.inputs.none': 'Todavía no se ha recibido ninguna contribución escrita.',
  'tab.inputs.caption': 'Declaraciones recibidas, las más recientes primero',
  'tab.inputs.counts': '{unreviewed} por examinar, {published} publicadas, {withheld} retenidas',
  'tab.inputs.col.received': 'Recibida',
  'tab.inputs.col.author': 'De',
  'tab.inputs.col.statement': 'Declaración',
  'tab.inputs.col.status': 'Estado',
  'tab.inputs.col.review': 'Examen',
  'tab.inputs.file': 'Archivo: {fileName}',
  'tab.inputs.status.unreviewed': 'Por examinar',
  'tab.inputs.status.published': 'Publicada',
  'tab.inputs.status.withheld': 'Retenida',
  'tab.inputs.reason': 'Motivo',
  'tab.inputs.reasonFor': 'Motivo relativo a la declaración de {organization}',
  'tab.inputs.publish': 'Publicar',
  'tab.inputs.withhold': 'Retener',
  'tab.inputs.publishFor': 'Publicar la declaración de {organization}',
  'tab.inputs.withholdFor': 'Retener la declaración de {organization}',
  'tab.inputs.done': 'Declaración de {organization}: {status}.',
  'tab.inputs.publicPage': 'Abrir la página pública',
  'tab.delivery.kind.inputPublished': 'Contribución escrita publicada',
};
