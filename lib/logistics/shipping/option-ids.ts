/** The store-pickup option's id; shared by the server quote and the checkout form. */
export const PICKUP_OPTION_ID = 'pickup';
