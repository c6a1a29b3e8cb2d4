import { useId, type ChangeEvent } from 'react';
import { useStore } from 'zustand';
import { useEngineStore } from './engine-provider';
import { useShell } from './providers';

/**
 * Who the UI's requests act as: one of the engine's simulated IAM identities. The first (Admin) is the
 * engine's default, kept in the shell store as null; the others by ARN (SendContext.principal).
 */
export function IdentitySelect() {
  const id = useId();
  const identities = useStore(useEngineStore(), (state) => state.kms?.identities ?? null);
  const principal = useShell((state) => state.principal);
  const setPrincipal = useShell((state) => state.setPrincipal);
  const fallback = identities?.[0]?.arn ?? '';

  function onChange(event: ChangeEvent<HTMLSelectElement>) {
    const { value } = event.target;
    setPrincipal(value === fallback ? null : value);
  }

  return (
    <div className="identity-select">
      <label htmlFor={id}>Identity</label>
      <select id={id} value={principal ?? fallback} onChange={onChange} disabled={identities === null}>
        {identities === null ? (
          <option value="">Admin</option>
        ) : (
          identities.map((identity) => (
            <option key={identity.arn} value={identity.arn}>
              {identity.userName} — {identity.description}
            </option>
          ))
        )}
      </select>
    </div>
  );
}

/** The acting identity's name, for "Acting as …". */
export function useActingName(): string {
  const identities = useStore(useEngineStore(), (state) => state.kms?.identities ?? null);
  const principal = useShell((state) => state.principal);
  const acting = principal === null ? identities?.[0] : identities?.find((identity) => identity.arn === principal);
  return acting?.userName ?? principal?.split('/').pop() ?? 'Admin';
}
