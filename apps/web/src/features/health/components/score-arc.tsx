import { scoreTone, toneStroke } from '../score-tone';

/**
 * The coloured arc behind every score ring: a grey track and a stroke covering score % of the
 * circle in the band's colour. `size` and `stroke` are in SVG units; the caller sizes the box.
 */
export function ScoreArc({
  score,
  size,
  stroke,
  className,
  isAnimated = false,
}: {
  score: number;
  size: number;
  stroke: number;
  className: string;
  isAnimated?: boolean;
}) {
  const radius = (size - stroke) / 2;
  const circumference = 2 * Math.PI * radius;
  const fraction = Math.min(100, Math.max(0, score)) / 100;
  return (
    <svg viewBox={`0 0 ${size} ${size}`} className={className} aria-hidden="true">
      <circle cx={size / 2} cy={size / 2} r={radius} fill="none" stroke="#e2e8f0" strokeWidth={stroke} />
      <circle
        cx={size / 2}
        cy={size / 2}
        r={radius}
        fill="none"
        stroke={toneStroke[scoreTone(score)]}
        strokeWidth={stroke}
        strokeLinecap="round"
        strokeDasharray={circumference}
        strokeDashoffset={circumference * (1 - fraction)}
        className={isAnimated ? 'transition-[stroke-dashoffset] duration-500' : undefined}
      />
    </svg>
  );
}
