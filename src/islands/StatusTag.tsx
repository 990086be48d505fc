interface Props {
	status: 'not-started' | 'in-progress' | 'completed';
}

const TAGS = {
	'not-started': { text: 'Not started', modifier: 'nhsuk-tag--grey' },
	'in-progress': { text: 'In progress', modifier: 'nhsuk-tag--blue' },
	completed: { text: 'Completed', modifier: 'nhsuk-tag--green' },
} as const;

export function StatusTag({ status }: Props) {
	const tag = TAGS[status];
	return <strong class={`nhsuk-tag ${tag.modifier}`}>{tag.text}</strong>;
}
