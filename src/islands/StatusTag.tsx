import { t } from '../i18n/en-islands.ts';

interface Props {
	status: 'not-started' | 'in-progress' | 'completed';
}

const MODIFIERS = {
	'not-started': 'nhsuk-tag--grey',
	'in-progress': 'nhsuk-tag--blue',
	completed: 'nhsuk-tag--green',
} as const;

export function StatusTag({ status }: Props) {
	return <strong class={`nhsuk-tag ${MODIFIERS[status]}`}>{t.status[status]}</strong>;
}
