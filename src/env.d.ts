declare namespace App {
	interface Locals {
		/** Module of the lesson being rendered; author components read it to tag progress events. */
		moduleId?: string;
	}
}
