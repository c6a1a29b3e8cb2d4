// JMESPath for --query, checked against answers from jmespath.py (the library the AWS CLI uses):
// each row is an expression, a document and what jmespath.py 1.1 returned for it. Plus the errors
// the CLI shows for an expression it cannot compile or a function given the wrong type.

import { describe, expect, it } from 'vitest';
import { compileQuery } from './evaluate';

const REFERENCE: Array<[string, unknown, unknown]> = [
  ["Keys[0].KeyId", {"Keys": [{"KeyId": "a"}, {"KeyId": "b"}]}, "a"],
  ["Keys[-1]", {"Keys": [{"KeyId": "a"}, {"KeyId": "b"}]}, {"KeyId": "b"}],
  ["Keys[*].KeyId", {"Keys": [{"KeyId": "a"}, {"KeyId": "b"}, {"x": 1}]}, ["a", "b"]],
  ["Keys[].KeyId", {"Keys": [{"KeyId": "a"}, {"KeyId": "b"}]}, ["a", "b"]],
  ["a[].b[]", {"a": [{"b": [1, 2]}, {"b": [3]}, {"b": 4}]}, [1, 2, 3, 4]],
  ["[A,B]", {"A": 1, "B": "x"}, [1, "x"]],
  ["{x:A,y:B.C}", {"A": 1, "B": {"C": 2}}, {"x": 1, "y": 2}],
  ["length(Keys)", {"Keys": [1, 2, 3]}, 3],
  ["Aliases[?AliasName=='alias/demo'].TargetKeyId", {"Aliases": [{"AliasName": "alias/demo", "TargetKeyId": "k1"}, {"AliasName": "alias/x", "TargetKeyId": "k2"}]}, ["k1"]],
  ["Aliases[?AliasName!='alias/demo'].TargetKeyId | [0]", {"Aliases": [{"AliasName": "alias/demo", "TargetKeyId": "k1"}, {"AliasName": "alias/x", "TargetKeyId": "k2"}]}, "k2"],
  ["Events[?Count > `1`].Name", {"Events": [{"Count": 1, "Name": "a"}, {"Count": 2, "Name": "b"}]}, ["b"]],
  ["Events[?Enabled == `true`]", {"Events": [{"Enabled": true}, {"Enabled": false}]}, [{"Enabled": true}]],
  ["a[1:3]", {"a": [0, 1, 2, 3, 4]}, [1, 2]],
  ["a[::-1]", {"a": [0, 1, 2, 3, 4]}, [4, 3, 2, 1, 0]],
  ["a[-2:]", {"a": [0, 1, 2, 3, 4]}, [3, 4]],
  ["*.b", {"x": {"b": 1}, "y": {"b": 2}, "z": 3}, [1, 2]],
  ["x.*", {"x": {"a": 1, "b": 2}}, [1, 2]],
  ["sort_by(E, &T)[].N", {"E": [{"T": "2", "N": "b"}, {"T": "1", "N": "a"}]}, ["a", "b"]],
  ["max_by(E, &T).N", {"E": [{"T": 2, "N": "b"}, {"T": 1, "N": "a"}]}, "b"],
  ["a || b", {"a": null, "b": 2}, 2],
  ["a && b", {"a": [], "b": 2}, []],
  ["!a", {"a": 0}, false],
  ["\"my key\"", {"my key": 5}, 5],
  ["`\"lit\"`", {}, "lit"],
  ["'raw'", {}, "raw"],
  ["Events[?contains(Name, 'cr')].Name", {"Events": [{"Name": "Encrypt"}, {"Name": "Decrypt"}, {"Name": "X"}]}, ["Encrypt", "Decrypt"]],
  ["join(', ', a)", {"a": ["x", "y"]}, "x, y"],
  ["a[0][1]", {"a": [[1, 2], [3]]}, 2],
  ["a[*][0]", {"a": [[1, 2], [3]]}, [1, 3]],
  ["a[][0]", {"a": [[1, 2], [3]]}, []],
  ["a.b.c", {"a": {"b": null}}, null],
  ["KeyMetadata.[KeyId,Enabled]", {"KeyMetadata": {"KeyId": "k", "Enabled": true}}, ["k", true]],
  ["Keys[?starts_with(KeyId, 'a')] | length(@)", {"Keys": [{"KeyId": "ab"}, {"KeyId": "b"}]}, 1],
  ["[?a=='1']", [{"a": "1"}, {"a": "2"}], [{"a": "1"}]],
  ["[*].a", [{"a": "1"}, {"a": "2"}], ["1", "2"]],
  ["@", 3, 3],
  ["a[?b]", {"a": [{"b": true}, {"b": false}, {"c": 1}]}, [{"b": true}]],
  ["keys(@)", {"b": 1, "a": 2}, ["b", "a"]],
  ["to_string(a)", {"a": [1, "x"]}, "[1,\"x\"]"],
  ["a[?`true`]", {"a": [1, 2]}, [1, 2]],
  ["a.{k:b}", {"a": null}, null],
  ["foo[?bar==`1`].baz[0]", {"foo": [{"bar": 1, "baz": [5, 6]}, {"bar": 1, "baz": [7]}]}, [5, 7]],
];

describe('JMESPath, as jmespath.py answers', () => {
  it.each(REFERENCE)('%s', (expression, document, expected) => {
    expect(compileQuery(expression).search(document)).toEqual(expected);
  });
});

describe('errors', () => {
  it('says where an expression is incomplete, as jmespath.py does', () => {
    expect(() => compileQuery('Keys[')).toThrow('Invalid jmespath expression: Incomplete expression:\n"Keys["\n      ^');
    expect(() => compileQuery('Keys[?KeyId==]')).toThrow(/Invalid jmespath expression/);
    expect(() => compileQuery('a =! b')).toThrow(/Unknown token =/);
  });

  it('reports a function given the wrong type', () => {
    expect(() => compileQuery('length(a)').search({ a: 1 })).toThrow("In function length(), invalid type for value: 1, expected one of: ['string', 'array', 'object'], received: \"number\"");
    expect(() => compileQuery('nope(a)').search({})).toThrow('Unknown function: nope()');
  });
});
