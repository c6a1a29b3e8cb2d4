// The hero's picture of the flow KMS Lab teaches: the application talks to KMS, KMS talks to its HSM,
// and the key material stays in the HSM. Static on purpose: looping motion would need a pause control
// (WCAG 2.2.2), and the animated flows belong to the engine's own views.

interface BoxProps {
  y: number;
  title: string;
  note: string;
  accent?: boolean;
}

function Box({ y, title, note, accent = false }: BoxProps) {
  return (
    <g transform={`translate(70 ${y})`}>
      <rect width="220" height="62" rx="10" className={accent ? 'diagram__box diagram__box--accent' : 'diagram__box'} />
      <text x="110" y="27" className="diagram__title">
        {title}
      </text>
      <text x="110" y="46" className="diagram__note">
        {note}
      </text>
    </g>
  );
}

function Exchange({ top, request, response }: { top: number; request: string; response: string }) {
  const bottom = top + 56;
  return (
    <g>
      <path d={`M140 ${top + 4} V${bottom - 8}`} className="diagram__edge" markerEnd="url(#diagram-arrow)" />
      <path d={`M220 ${bottom - 4} V${top + 8}`} className="diagram__edge" markerEnd="url(#diagram-arrow)" />
      <circle cx="140" cy={top + 28} r="5" className="diagram__token" />
      <circle cx="220" cy={top + 28} r="5" className="diagram__token diagram__token--return" />
      <text x="128" y={top + 32} className="diagram__label diagram__label--left">
        {request}
      </text>
      <text x="232" y={top + 32} className="diagram__label">
        {response}
      </text>
    </g>
  );
}

export function EnvelopeDiagram() {
  return (
    <svg className="diagram" viewBox="0 0 360 318" role="img" aria-labelledby="diagram-title">
      <title id="diagram-title">
        An application asks KMS for a data key; KMS uses its HSM, and the KMS key never leaves the HSM.
      </title>
      <defs>
        <marker id="diagram-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0 0 L10 5 L0 10 z" className="diagram__arrowhead" />
        </marker>
      </defs>
      <Box y={8} title="Your application" note="encrypts data locally" />
      <Exchange top={70} request="GenerateDataKey" response="data key ×2" />
      <Box y={128} title="AWS KMS" note="running in this tab" accent />
      <Exchange top={190} request="wrapped token" response="result" />
      <Box y={248} title="HSM" note="KMS keys never leave" />
    </svg>
  );
}
