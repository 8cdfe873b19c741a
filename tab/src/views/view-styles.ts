import { makeStyles, tokens } from '@fluentui/react-components';

/** The page frame of a tab or meeting panel view: one column, padded, readable width. */
export const useViewStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    maxWidth: '60rem',
  },
});
