import { DateTime } from 'luxon';
import type { LocalDateTime } from '../event/event';

/** Graph's `dateTimeTimeZone`: a wall-clock time and the zone it is read in. */
export interface GraphDateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

/**
 * The IANA names Graph's calendar API accepts besides Windows zone ids, as listed on the
 * dateTimeTimeZone resource page (Graph v1.0). Other IANA names (Europe/Zurich, America/Toronto)
 * are not accepted, so times in those zones are sent in UTC instead.
 */
export const GRAPH_IANA_ZONES: ReadonlySet<string> = new Set(
  [
    'Etc/GMT+12 Etc/GMT+11 Pacific/Honolulu America/Anchorage America/Santa_Isabel',
    'America/Los_Angeles America/Phoenix America/Chihuahua America/Denver America/Guatemala',
    'America/Chicago America/Mexico_City America/Regina America/Bogota America/New_York',
    'America/Indiana/Indianapolis America/Caracas America/Asuncion America/Halifax',
    'America/Cuiaba America/La_Paz America/Santiago America/St_Johns America/Sao_Paulo',
    'America/Argentina/Buenos_Aires America/Cayenne America/Godthab America/Montevideo',
    'America/Bahia Etc/GMT+2 Atlantic/Azores Atlantic/Cape_Verde Africa/Casablanca Etc/GMT',
    'Europe/London Atlantic/Reykjavik Europe/Berlin Europe/Budapest Europe/Paris Europe/Warsaw',
    'Africa/Lagos Africa/Windhoek Europe/Bucharest Asia/Beirut Africa/Cairo Asia/Damascus',
    'Africa/Johannesburg Europe/Kyiv Europe/Kiev Europe/Istanbul Asia/Jerusalem Asia/Amman',
    'Asia/Baghdad Europe/Kaliningrad Asia/Riyadh Africa/Nairobi Asia/Tehran Asia/Dubai Asia/Baku',
    'Europe/Moscow Indian/Mauritius Asia/Tbilisi Asia/Yerevan Asia/Kabul Asia/Karachi',
    'Asia/Tashkent Asia/Kolkata Asia/Colombo Asia/Kathmandu Asia/Almaty Asia/Dhaka',
    'Asia/Yekaterinburg Asia/Yangon Asia/Rangoon Asia/Bangkok Asia/Novosibirsk Asia/Shanghai',
    'Asia/Krasnoyarsk Asia/Singapore Australia/Perth Asia/Taipei Asia/Ulaanbaatar Asia/Irkutsk',
    'Asia/Tokyo Asia/Seoul Australia/Adelaide Australia/Darwin Australia/Brisbane',
    'Australia/Sydney Pacific/Port_Moresby Australia/Hobart Asia/Yakutsk Pacific/Guadalcanal',
    'Asia/Vladivostok Pacific/Auckland Etc/GMT-12 Pacific/Fiji Asia/Magadan Pacific/Tongatapu',
    'Pacific/Apia Pacific/Kiritimati',
  ]
    .join(' ')
    .split(' '),
);

const LOCAL_FORMAT = "yyyy-MM-dd'T'HH:mm";

/**
 * A local time of the event as Graph takes it: in the event's own IANA zone when Graph accepts
 * that name, else converted to UTC. Throws on a time that does not exist in the zone, which
 * validated events never contain.
 */
export function toGraphDateTime(local: LocalDateTime, zone: string): GraphDateTimeTimeZone {
  const parsed = DateTime.fromFormat(local, LOCAL_FORMAT, { zone });
  if (!parsed.isValid || parsed.toFormat(LOCAL_FORMAT) !== local) {
    throw new Error(`${local} is not a valid local time in ${zone}`);
  }
  if (GRAPH_IANA_ZONES.has(zone)) return { dateTime: `${local}:00`, timeZone: zone };
  return { dateTime: parsed.toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss"), timeZone: 'UTC' };
}
