/** Progress key for the tools used outside a module (the standalone Rights Check and review). */
export const TOOLKIT_ID = 'toolkit';

/** The Traffic Light review the standalone page shows, written in the commissioning module. */
export const STANDALONE_REVIEW_ID = 'tl-m8-service-review';
