import { Button, Field, makeStyles, SearchBox, Select, tokens } from '@fluentui/react-components';
import type { RegistrationStatus } from '../../../core/registration/registration';
import type { RegistrationRow } from '../api/api-types';
import { regionName } from '../i18n/formats';
import { useLanguage, useT } from '../i18n/texts-context';
import { NO_FILTERS, valuesOf, type RegistrationFilters } from './registration-filters';

const STATUSES: RegistrationStatus[] = [
  'pending',
  'confirmed',
  'waitlisted',
  'declined',
  'withdrawn',
];

const useStyles = makeStyles({
  bar: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(11rem, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
  },
  search: { gridColumn: 'span 2', minWidth: 0 },
  field: { minWidth: 0 },
});

/** Where a registration can be made: Teams, or the public page. */
const CHANNELS = ['teams', 'web'] as const;

/** The grid's search box and filters (status, category, country, coalition, speaking, channel). */
export function RegistrationFilterBar(props: {
  rows: RegistrationRow[];
  categoryLabel: (id: string) => string;
  value: RegistrationFilters;
  onChange: (next: RegistrationFilters) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const styles = useStyles();
  const { rows, value } = props;
  const set = (patch: Partial<RegistrationFilters>) => props.onChange({ ...value, ...patch });
  const any = <option value="">{t('tab.desk.any')}</option>;
  const select = (
    key: keyof RegistrationFilters,
    label: Parameters<typeof t>[0],
    options: Array<[string, string]>,
  ) => (
    <Field label={t(label)} className={styles.field}>
      <Select
        data-testid={`filter-${key}`}
        value={value[key]}
        onChange={(_e, d) => set({ [key]: d.value } as Partial<RegistrationFilters>)}
      >
        {any}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  );
  const countries = valuesOf(rows, (r) => r.country)
    .map((c): [string, string] => [c, regionName(c, language)])
    .sort((a, b) => a[1].localeCompare(b[1], language));
  return (
    <div role="search" aria-label={t('tab.desk.filters')} className={styles.bar}>
      <Field label={t('tab.desk.search')} className={styles.search}>
        <SearchBox
          dismiss={{ 'aria-label': t('tab.desk.clearSearch') }}
          data-testid="registration-search"
          value={value.search}
          onChange={(_e, d) => set({ search: d.value })}
        />
      </Field>
      {select(
        'status',
        'tab.desk.filter.status',
        STATUSES.map((s) => [s, t(`tab.reg.status.${s}`)]),
      )}
      {select(
        'category',
        'tab.desk.filter.category',
        valuesOf(rows, (r) => r.category).map((c) => [c, props.categoryLabel(c)]),
      )}
      {select('country', 'tab.desk.filter.country', countries)}
      {select('coalition', 'tab.desk.filter.coalition', [
        ['any', t('tab.desk.anyCoalition')],
        ['none', t('tab.desk.noCoalition')],
        ...valuesOf(rows, (r) => r.coalition).map((c): [string, string] => [c, c]),
      ])}
      {select('wishesToSpeak', 'tab.desk.filter.wishesToSpeak', [
        ['yes', t('tab.desk.yes')],
        ['no', t('tab.desk.no')],
      ])}
      {select(
        'channel',
        'tab.desk.filter.channel',
        CHANNELS.map((c) => [c, t(`tab.reg.channel.${c}`)]),
      )}
      <Button data-testid="clear-filters" onClick={() => props.onChange(NO_FILTERS)}>
        {t('tab.desk.clear')}
      </Button>
    </div>
  );
}
