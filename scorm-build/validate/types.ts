export interface ValidationResult {
	valid: boolean;
	errors: string[];
}

export interface ValidateOptions {
	/** Every file in the package: also check each one is listed in a `<file href>` and vice versa. */
	files?: readonly string[];
}
