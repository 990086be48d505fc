// The author vocabulary: every component an MDX lesson or scenario may use without importing it.
export { default as Callout } from './Callout.astro';
export { default as CrisisBox } from './CrisisBox.astro';
export { default as Disclaimer } from './Disclaimer.astro';
export { default as EasyReadRow } from './EasyReadRow.astro';
export { default as KeyPoint } from './KeyPoint.astro';
export { default as LawStatus } from './LawStatus.astro';
export { default as LegalRef } from './LegalRef.astro';
export { default as Quiz } from './Quiz.astro';
export { default as Reflection } from './Reflection.astro';
export { default as RightCard } from './RightCard.astro';
export { default as RightsCheck } from './RightsCheck.astro';
export { default as Scenario } from './Scenario.astro';
export { default as Term } from './Term.astro';
export { default as TrafficLight } from './TrafficLight.astro';
