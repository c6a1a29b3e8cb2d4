// `aws help`, `aws kms help`, `aws kms <command> help` and the shell's `help`: short pages in the
// shape of the CLI's (NAME, DESCRIPTION, SYNOPSIS, OPTIONS, EXAMPLES), with each option's type taken
// from the engine's request shape so help never disagrees with what the parser accepts.

import type { Members } from '../../engine/index';
import type { ArgDef } from '../aws/arguments';
import type { CommandSpec, ServiceName } from '../aws/commands';
import { BLOB_NOTE, DESCRIPTIONS, EXAMPLES } from './descriptions';

type Shape = Members[string];

function typeName(shape: Shape): string {
  switch (shape.type) {
    case 'list':
      return `list of ${shape.member.type === 'structure' ? 'structures' : `${shape.member.type}s`}`;
    case 'map':
      return 'map';
    default:
      return shape.type;
  }
}

function shapeDetail(shape: Shape): string[] {
  const lines: string[] = [];
  if (shape.type === 'string' && shape.enum) lines.push(`Possible values: ${shape.enum.join(', ')}`);
  if (shape.type === 'map') lines.push('Shorthand: KeyName1=string,KeyName2=string   JSON: {"KeyName1": "string"}');
  if (shape.type === 'list' && shape.member.type === 'structure') {
    const keys = Object.keys(shape.member.members);
    lines.push(`Shorthand: ${keys.map((key) => `${key}=string`).join(',')} ${keys.map((key) => `${key}=string`).join(',')}`);
  }
  if (shape.type === 'blob') lines.push('fileb://file for raw bytes; a plain value is read as base64.');
  if (shape.type === 'timestamp') lines.push('ISO 8601 (2026-11-29T10:55:42Z) or epoch seconds (1795949742).');
  if (shape.type === 'boolean') lines.push('A flag: --name for true, --no-name for false.');
  return lines;
}

export function serviceNames(table: Record<ServiceName, CommandSpec[]>): string {
  return Object.keys(table).join(', ');
}

export function topHelp(): string {
  return [
    'AWS()',
    '',
    'NAME',
    '       aws - the AWS Command Line Interface, as KMS Lab simulates it',
    '',
    'SYNOPSIS',
    '          aws [options] <command> <subcommand> [parameters]',
    '',
    'AVAILABLE SERVICES',
    '       o cloudtrail   (lookup-events)',
    '       o kms          (aws kms help lists its commands)',
    '',
    'GLOBAL OPTIONS',
    '       --region (string)        the Region to call (default: the one chosen in KMS Lab)',
    '       --output (string)        json | text | table',
    '       --query (string)         a JMESPath expression applied to the response',
    '       --profile (string)       default (Admin), alice, bob or app: who makes the call',
    '       --no-paginate            one page only, as the service returns it',
    '       --cli-binary-format      base64 (default) | raw-in-base64-out',
    '       --debug                  show the HTTP request and response',
    '',
    `       ${BLOB_NOTE}`,
    '',
  ].join('\n');
}

export function serviceHelp(service: ServiceName, commands: readonly CommandSpec[]): string {
  const title = service === 'kms' ? 'AWS Key Management Service (KMS)' : 'AWS CloudTrail';
  return [
    service.toUpperCase() + '()',
    '',
    'DESCRIPTION',
    `       ${title}, simulated by KMS Lab.`,
    '',
    'AVAILABLE COMMANDS',
    ...commands.map((command) => `       o ${command.name.padEnd(38)}${DESCRIPTIONS[command.operation] ?? ''}`),
    '       o help',
    '',
  ].join('\n');
}

export function operationHelp(spec: CommandSpec, table: readonly ArgDef[]): string {
  const documented = table.filter((arg) => !arg.undocumented);
  const synopsis = documented.map((arg) => {
    const metavar = arg.kind === 'flag' ? '' : arg.kind === 'list' ? ` <value> [<value>...]` : ' <value>';
    const text = `${arg.cli}${metavar}`;
    return arg.required ? text : `[${text}]`;
  });
  const options = documented.flatMap((arg) => {
    const head = `       ${arg.cli} (${arg.shape ? typeName(arg.shape) : arg.special === 'cli-input-json' ? 'string' : arg.special === 'StartingToken' ? 'string' : 'integer'})${arg.required ? ' [required]' : ''}`;
    const detail = arg.shape ? shapeDetail(arg.shape) : arg.special === 'cli-input-json' ? ['The request as JSON with AWS member names, e.g. file://request.json.'] : [];
    return [head, ...detail.map((line) => `          ${line}`)];
  });
  const examples = EXAMPLES[spec.operation] ?? [];
  return [
    spec.name,
    '',
    'DESCRIPTION',
    `       ${DESCRIPTIONS[spec.operation] ?? spec.operation}`,
    ...(spec.paginator ? ['', `       ${spec.name} is paginated: the CLI follows every page unless you pass --no-paginate or a paging option.`] : []),
    '',
    'SYNOPSIS',
    `          ${spec.name}`,
    ...synopsis.map((line) => `       ${line}`),
    '',
    'OPTIONS',
    ...options,
    ...(Object.values(spec.members).some((shape) => shape.type === 'blob') ? ['', `       ${BLOB_NOTE}`] : []),
    ...(examples.length > 0 ? ['', 'EXAMPLES', ...examples.map((line) => `       $ ${line}`)] : []),
    '',
  ].join('\n');
}

export function shellHelp(): string {
  return [
    'KMS Lab terminal: a small shell around the AWS CLI, running against the simulated KMS in this page.',
    '',
    '  aws kms <command> [options]      call KMS (aws kms help lists the commands)',
    '  aws cloudtrail lookup-events     read the CloudTrail event history',
    '  echo [-n] [-e] text              print text (-n: no newline); > file writes it, >> appends',
    '  cat file...                      print files',
    '  base64 [-d] [file]               encode, or decode with -d / --decode (stdin when no file)',
    '  ls [-l], rm file...              list and remove files in the lab folder',
    '  history, clear, help',
    '',
    'Pipes (|), redirection (>, >>, <, 2>), and ; && || work as in bash. Files live in one folder',
    '(/home/cloudshell-user); upload or download them from the files panel.',
    '',
    'Variables work as in bash for this session: KEY_ID=$(aws kms create-key --query KeyMetadata.KeyId',
    '--output text), then --key-id $KEY_ID or "$KEY_ID"; also ${NAME}, $?, export NAME=value, unset NAME.',
    '',
    `${BLOB_NOTE}`,
    '',
  ].join('\n');
}
