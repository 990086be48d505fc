import { describe, expect, it } from 'vitest';
import { rightsNamedIn } from '../../../../src/lib/check-in/name-rights.ts';
import { HRA_RIGHT_IDS } from '../../../../src/schemas/evaluation-ids.ts';

describe('rightsNamedIn', () => {
	it('finds all 16 rights written the way the Act names them', () => {
		const text = [
			'Right to life',
			'Prohibition of torture',
			'Prohibition of slavery and forced labour',
			'Right to liberty and security',
			'Right to a fair trial',
			'No punishment without law',
			'Right to respect for private and family life',
			'Freedom of thought, conscience and religion',
			'Freedom of expression',
			'Freedom of assembly and association',
			'Right to marry',
			'Prohibition of discrimination',
			'Protection of property',
			'Right to education',
			'Right to free elections',
			'Abolition of the death penalty',
		].join('\n');
		expect(rightsNamedIn(text)).toEqual([...HRA_RIGHT_IDS]);
	});

	it('reads a learner’s own words, in any case, one right per line or several', () => {
		expect(rightsNamedIn('PRIVACY\nnot being tortured or treated in a degrading way')).toEqual([
			'art-3',
			'art-8',
		]);
		expect(rightsNamedIn('religion; free speech; voting')).toEqual(['art-9', 'art-10', 'p1-3']);
	});

	it('counts words once: family life is Article 8 only, founding a family Article 12 only', () => {
		expect(rightsNamedIn('private and family life')).toEqual(['art-8']);
		expect(rightsNamedIn('the right to marry and found a family')).toEqual(['art-12']);
		expect(rightsNamedIn('capital punishment')).toEqual(['p13-1']);
	});

	it('finds nothing in article numbers alone, guesses that name no right, or an empty answer', () => {
		expect(rightsNamedIn('Article 8\nA5\nart 3')).toEqual([]);
		expect(rightsNamedIn('right to be happy\nright to a phone')).toEqual([]);
		expect(rightsNamedIn('')).toEqual([]);
	});

	it('names a right once however often it is written', () => {
		expect(rightsNamedIn('life\nright to life\nlives')).toEqual(['art-2']);
	});
});
