interface Props {
	/** Trusted HTML rendered at build time from the author's MDX. */
	html: string;
	class?: string;
}

export function Html({ html, class: className }: Props) {
	return <div class={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
