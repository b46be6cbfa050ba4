/** Word lists for the rest of the book; domain slugs are checked for uniqueness at 100k accounts in tests. */
// prettier-ignore
export const namePrefixes = [
  'Northwind', 'Tidewater', 'Bluefin', 'Cobalt', 'Granite', 'Summit', 'Redwood', 'Ironclad', 'Lumen', 'Vector',
  'Meridian', 'Halcyon', 'Keystone', 'Silverline', 'Brightpath', 'Quartz', 'Evergreen', 'Copperleaf', 'Harbor',
  'Pinnacle', 'Skyward', 'Driftwood', 'Beacon', 'Falcon', 'Horizon', 'Juniper', 'Kestrel', 'Larkspur', 'Mosaic',
  'Nimbus', 'Orchid', 'Pioneer', 'Quill', 'Riverstone', 'Sable', 'Tamarack', 'Umbra', 'Vantage', 'Willow', 'Zephyr',
  'Alder', 'Basalt', 'Cedar', 'Dune', 'Ember', 'Fjord', 'Glacier', 'Helix', 'Indigo', 'Jasper', 'Kinetic', 'Lattice',
  'Magnolia', 'Nova', 'Onyx', 'Prism', 'Radiant', 'Sequoia', 'Terra', 'Upland', 'Velvet', 'Wavelength', 'Aurora',
  'Bramble', 'Canyon', 'Corvid', 'Echo', 'Fathom', 'Gossamer', 'Hearth', 'Ivory', 'Juno', 'Kodiak', 'Lodestar',
  'Monarch', 'Nautilus', 'Obsidian', 'Parallax', 'Quasar', 'Rampart', 'Solstice', 'Trident', 'Unison', 'Verdant',
  'Wildflower', 'Xenon', 'Yarrow', 'Zenith', 'Atlas', 'Boreal',
] as const;

// prettier-ignore
export const nameSuffixes = [
  'Analytics', 'Labs', 'Systems', 'Data', 'Cloud', 'Logistics', 'Health', 'Robotics', 'Software', 'Networks',
  'Security', 'Media', 'Payments', 'Bio', 'Energy', 'Dynamics', 'Works', 'Industries', 'Technologies', 'Solutions',
  'Insights', 'Foods', 'Mobility', 'Retail', 'Learning', 'Games', 'Studios', 'Freight', 'Telecom', 'Genomics', 'Maps',
  'Metrics', 'Commerce', 'AI', 'Devices', 'Logic', 'Platforms', 'Markets', 'Supply', 'Finance', 'Legal', 'Travel',
  'Imaging', 'Pharma', 'Aerospace',
] as const;

/** Later rounds through the prefix × suffix grid get a qualifier, then a number, so names never repeat. */
export const nameQualifiers = [
  '',
  'Group',
  'International',
  'Holdings',
  'Global',
  'Collective',
  'Worldwide',
  'Partners',
];
