import { useState } from 'react';
import { cn } from '@/lib/cn';
import { getInitials } from '@/lib/format';

const palette = [
  'bg-indigo-100 text-indigo-700',
  'bg-emerald-100 text-emerald-700',
  'bg-amber-100 text-amber-800',
  'bg-rose-100 text-rose-700',
  'bg-sky-100 text-sky-700',
  'bg-violet-100 text-violet-700',
  'bg-teal-100 text-teal-700',
];

function colorFor(seed: string): string {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return palette[hash % palette.length] ?? palette[0]!;
}

/**
 * An image (logo, photo) that falls back to initials on a coloured tile when there is no URL or the
 * image fails to load. Decorative: the name is always rendered next to it.
 */
export function LetterAvatar({ name, src, size = 'md', className }: { name: string; src?: string | null; size?: 'sm' | 'md' | 'lg'; className?: string }) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const sizeClass = size === 'lg' ? 'size-14 text-lg rounded-xl' : size === 'sm' ? 'size-6 text-[10px] rounded' : 'size-8 text-xs rounded-md';
  if (src && failedSrc !== src) {
    return (
      <img
        src={src}
        alt=""
        data-testid="avatar-image"
        className={cn('shrink-0 border border-slate-200 bg-white object-contain', sizeClass, className)}
        onError={() => setFailedSrc(src)}
        loading="lazy"
        referrerPolicy="no-referrer"
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      data-testid="avatar-fallback"
      className={cn('inline-flex shrink-0 items-center justify-center font-semibold select-none', sizeClass, colorFor(name), className)}
    >
      {getInitials(name)}
    </span>
  );
}
