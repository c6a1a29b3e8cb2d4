/**
 * Why writes fail before reads do, in plain words (SPEC AZ-2). Static text on purpose: the Region's
 * live state is shown beside it, so a learner can check each sentence against what they just broke.
 */
export function TradeOff() {
  return (
    <div className="trade-off">
      <h3 className="trade-off__title">Why changes fail before reads</h3>
      <p>
        KMS keeps every key in each Availability Zone of its Region, and acknowledges a change (CreateKey, a rotation, an alias,
        a policy) only once it is stored in a majority of the AZs: two of three.
      </p>
      <ul>
        <li>
          <strong>One AZ down:</strong> everything works.
        </li>
        <li>
          <strong>Two AZs down:</strong> reads and cryptographic calls (Encrypt, Decrypt, GenerateDataKey) still work from the AZ
          that is left, but changes fail with <code>KMSInternalException</code> until an AZ returns: a change stored in one AZ
          alone could be lost with it.
        </li>
        <li>
          <strong>All three down:</strong> every request fails.
        </li>
      </ul>
      <p>
        An AZ that comes back copies the changes it missed from a current peer before it serves again, so nothing KMS
        acknowledged is ever lost.
      </p>
    </div>
  );
}
