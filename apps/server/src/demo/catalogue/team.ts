/** Pied Piper's own people: the owners of the demo accounts. */

export type DemoOwner = { name: string; email: string };

/** The customer success team of Pied Piper; every account belongs to one of them. */
export const demoOwners: readonly DemoOwner[] = [
  { name: 'Monica Hall', email: 'monica@piedpiper.com' },
  { name: 'Jared Dunn', email: 'jared@piedpiper.com' },
  { name: 'Dinesh Chugtai', email: 'dinesh@piedpiper.com' },
  { name: 'Bertram Gilfoyle', email: 'gilfoyle@piedpiper.com' },
  { name: 'Richard Hendricks', email: 'richard@piedpiper.com' },
];
