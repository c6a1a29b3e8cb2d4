import { useEffect, useId, useMemo, useState, type ChangeEvent } from 'react';
import { FileAreaError, HOME, resolvePath, type FileEntry, type VirtualFiles } from '../../cli/index';

const EMPTY: FileEntry[] = [];
const sizeText = (size: number) => `${size.toLocaleString('en-US')} ${size === 1 ? 'byte' : 'bytes'}`;

/** The file list as React state, redrawn after each change the shell or this panel makes. */
function useFileList(files: VirtualFiles | null): readonly FileEntry[] {
  const [version, setVersion] = useState(0);
  useEffect(() => files?.subscribe(() => setVersion((n) => n + 1)), [files]);
  return useMemo(() => (files && version >= 0 ? files.list() : EMPTY), [files, version]);
}

function download(name: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes.slice().buffer], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has its own reference once started; the URL is only needed for the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The terminal's file area, the way CloudShell's Actions menu offers it: what is there and how big,
 * upload from the computer, download, delete. The same area `fileb://`, `>` and `cat` use.
 */
export function FileArea({ files }: { files: VirtualFiles | null }) {
  const id = useId();
  const list = useFileList(files);
  const [message, setMessage] = useState('');

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.target.files ?? [])];
    event.target.value = '';
    if (!files) return;
    const said: string[] = [];
    for (const file of chosen) {
      const resolved = resolvePath(file.name);
      if (!resolved.ok || !('name' in resolved)) {
        said.push(`${file.name} was not added: its name cannot be a file in this area.`);
        continue;
      }
      try {
        files.write(resolved.name, new Uint8Array(await file.arrayBuffer()));
        said.push(`Uploaded ${resolved.name} (${sizeText(file.size)}); use it as fileb://${resolved.name}.`);
      } catch (error) {
        said.push(error instanceof FileAreaError ? `${error.message}.` : `${file.name} could not be read: ${String(error)}`);
      }
    }
    setMessage(said.join(' '));
  };

  return (
    <section className="terminal-files" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="terminal-files__title">
        File area
      </h2>
      <p className="terminal-files__lead">
        The terminal&rsquo;s home folder, <code>{HOME}</code>: what <code>fileb://name</code>, <code>&gt; name</code> and <code>cat name</code>{' '}
        read and write. It stays in this browser across reloads.
      </p>
      <div className="terminal-files__upload">
        <label htmlFor={`${id}-upload`}>Upload files to the file area</label>
        <input id={`${id}-upload`} type="file" multiple disabled={!files} onChange={(event) => void upload(event)} />
      </div>
      {list.length === 0 ? (
        <p className="terminal-files__empty">No files yet. Type <code>echo &quot;hello&quot; &gt; plain.txt</code> or upload one.</p>
      ) : (
        <table className="terminal-files__table">
          <caption className="visually-hidden">Files in the terminal&rsquo;s file area</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((file) => (
              <FileRow key={file.name} file={file} files={files} onDeleted={() => setMessage(`Deleted ${file.name}.`)} />
            ))}
          </tbody>
        </table>
      )}
      <p className="terminal-files__status" role="status">
        {message}
      </p>
    </section>
  );
}

function FileRow({ file, files, onDeleted }: { file: FileEntry; files: VirtualFiles | null; onDeleted: () => void }) {
  return (
    <tr>
      <th scope="row" className="terminal-files__name">
        {file.name}
      </th>
      <td className="terminal-files__size">{sizeText(file.size)}</td>
      <td className="terminal-files__actions-cell">
        <div className="terminal-files__actions">
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={`Download ${file.name}`}
            onClick={() => {
              const bytes = files?.read(file.name);
              if (bytes) download(file.name, bytes);
            }}
          >
            Download
          </button>
          <button
            type="button"
            className="button button--secondary button--small terminal-files__delete"
            aria-label={`Delete ${file.name}`}
            onClick={() => {
              if (files?.remove(file.name)) onDeleted();
            }}
          >
            Delete
          </button>
        </div>
      </td>
    </tr>
  );
}
