/** Names and job titles for the customers' contacts. */

// prettier-ignore
export const firstNames = [
  'Ava', 'Liam', 'Sofia', 'Noah', 'Maya', 'Ethan', 'Priya', 'Lucas', 'Chloe', 'Mateo', 'Hana', 'Owen', 'Zara', 'Leo',
  'Ines', 'Arjun', 'Grace', 'Kenji', 'Nora', 'Diego', 'Amara', 'Felix', 'Leila', 'Samuel', 'Yuki', 'Omar', 'Clara',
  'Tomas', 'Aisha', 'Jonas', 'Elena', 'Ravi', 'Freya', 'Marcus', 'Mei', 'Hugo', 'Nadia', 'Caleb', 'Ingrid', 'Tariq',
  'Lucia', 'Oscar', 'Anya', 'Daniel', 'Sienna', 'Kwame', 'Julia', 'Bruno', 'Fatima', 'Henrik',
] as const;

// prettier-ignore
export const lastNames = [
  'Nguyen', 'Patel', 'Garcia', 'Kim', 'Okafor', 'Schmidt', 'Rossi', 'Tanaka', 'Silva', 'Novak', 'Haddad', 'Larsen',
  'Moreau', 'Cohen', 'Ibrahim', 'Walsh', 'Fischer', 'Kowalski', 'Mendes', 'Sato', 'Andersen', 'Dubois', 'Reyes',
  'Chen', 'Murphy', 'Ito', 'Costa', 'Bergstrom', 'Mensah', 'Ortiz', 'Lindqvist', 'Shah', 'Brennan', 'Yamamoto',
  'Alvarez', 'Weber', 'Hughes', 'Khan', 'Popescu', 'Oyelaran',
] as const;

// prettier-ignore
export const contactTitles = [
  'VP of Engineering', 'Head of Data Platform', 'CTO', 'Director of Infrastructure', 'Engineering Manager',
  'Staff Engineer', 'Procurement Lead', 'IT Director', 'Data Engineering Lead', 'Head of Product',
  'Platform Architect', 'Finance Manager',
] as const;
