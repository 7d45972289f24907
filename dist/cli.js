#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_run_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8442);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(17);


// A reader that stops early (`| head`) closes the pipe: the rest of the report is
// dropped, and the run still ends with the exit code its findings call for, whatever
// the size of its output. Any other write error is the run's failure.
let readerGone = false;
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') {
        readerGone = true;
        return;
    }
    process.stderr.write(`podspec-check: cannot write the report: ${error.message}\n`);
    process.exit(2);
});
/** Writes to standard output; resolves when more may be written. */
function writeOut(text) {
    if (readerGone || process.stdout.write(text))
        return undefined;
    return new Promise((resolve) => {
        const done = () => {
            process.stdout.off('drain', done);
            process.stdout.off('error', done);
            resolve();
        };
        process.stdout.on('drain', done);
        process.stdout.on('error', done);
    });
}
try {
    process.exitCode = await (0,_cli_run_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
        cwd: process.cwd(),
        stdout: writeOut,
        stderr: (text) => process.stderr.write(text),
    });
}
catch (error) {
    if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y) {
        process.stderr.write(`podspec-check: ${error.message}\n`);
    }
    else {
        process.stderr.write(`podspec-check stopped unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exitCode = 2;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8442:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/manifests/limits.ts

const DEFAULT_LIMITS = {
    // The full parser, which documents outside the fast reader's subset need, costs
    // about 0.4 s and 20 MB of memory per MB of YAML: 8 MiB keeps the worst single file
    // within a few seconds, and real bundles (Argo CD's install.yaml, CRD collections)
    // stay around 2 MB.
    maxFileBytes: 8 * 1024 * 1024,
    maxDocuments: 20_000,
    maxDepth: 64,
    maxAliases: 1_000,
};
/**
 * Why a file over `limits.max-file-bytes` was not read, naming the limit as configured:
 * "8 MB" for whole mebibytes, else the byte count (a 500 KB limit is not "0 MB").
 */
function limits_tooLargeReason(maxBytes) {
    const mb = maxBytes / 1024 / 1024;
    const limit = Number.isInteger(mb) ? `${mb} MB` : `${maxBytes}-byte`;
    return `larger than the ${limit} limit (limits.max-file-bytes)`;
}
/**
 * How many columns of indentation and open brackets a line may reach before the text is
 * refused unparsed (see nestingTooDeep): 8 per allowed level, 512 with the default 64.
 */
function nestingBound(maxDepth) {
    return maxDepth * 8;
}
/**
 * An upper bound on the number of YAML documents in a text, found without parsing: every
 * document after the first starts with a `---` line. Cheap enough to run on every file,
 * so a file of a million empty documents is refused before the parser sees it.
 */
function countDocumentStarts(text) {
    let count = 1;
    let at = text.startsWith('---') ? 3 : 0;
    for (;;) {
        const next = text.indexOf('\n---', at);
        if (next === -1)
            return count;
        const after = text.charCodeAt(next + 4);
        // `---` followed by space, tab, line end or end of text; not `----` or `---x`.
        if (Number.isNaN(after) ||
            after === 32 ||
            after === 9 ||
            after === 10 ||
            after === 13)
            count++;
        at = next + 4;
    }
}
/**
 * Whether a text nests too deep for the parser to be safe with it. The parser recurses
 * once per level: around a thousand levels it runs out of stack, and when that happens
 * while V8 is compiling a regular expression the process aborts instead of throwing. So
 * nesting is bounded before parsing, by what it costs in the text: a block level takes
 * at least one column of indentation (spaces and the `- `, `? `, `: ` indicators that
 * open a line), a flow level one bracket. A line whose indentation plus the brackets
 * open around it exceeds the bound is refused. Brackets inside strings count too; the
 * bound is far above any real manifest's nesting (which is refused after parsing, past
 * maxDepth levels), so neither a bracket in a string nor a deep block scalar trips it.
 */
function nestingTooDeep(text, maxDepth) {
    const bound = nestingBound(maxDepth);
    let brackets = 0;
    let indent = 0;
    let lineStart = true;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) {
            indent = 0;
            lineStart = true;
            continue;
        }
        if (lineStart) {
            // space, tab, `-`, `?`, `:`
            if (c === 32 || c === 9 || c === 45 || c === 63 || c === 58) {
                if (++indent + brackets > bound)
                    return true;
                continue;
            }
            lineStart = false;
        }
        if (c === 91 || c === 123) {
            if (++brackets + indent > bound)
                return true;
        }
        else if ((c === 93 || c === 125) && brackets > 0)
            brackets--;
    }
    return false;
}
/** Why a parsed document is refused, or undefined when it is within the limits. */
function documentOverLimit(doc, limits, 
// False when the source holds no `*`, so no alias: the alias walk is then skipped.
mayHaveAliases = true) {
    // Depth first: the other walks recurse, and this one is what bounds them.
    const depth = depthOf(doc.contents, limits.maxDepth + 1);
    if (depth > limits.maxDepth) {
        return `nests deeper than ${limits.maxDepth} levels (limits.max-depth)`;
    }
    if (!mayHaveAliases)
        return undefined;
    const targets = aliasTargets(doc);
    const expanded = new Map();
    const inProgress = new Set();
    let cycle = false;
    // The alias uses a full expansion of `node` would make; capped just above the limit so
    // the numbers stay small however hostile the document is.
    const cap = limits.maxAliases + 1;
    const aliasesIn = (node) => {
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = targets.get(node);
            if (!target)
                return 1;
            return Math.min(cap, 1 + aliasesIn(target));
        }
        if ((0,dist/* isPair */.tO)(node))
            return Math.min(cap, aliasesIn(node.key) + aliasesIn(node.value));
        if (!(0,dist/* isCollection */.P3)(node))
            return 0;
        const known = expanded.get(node);
        if (known !== undefined)
            return known;
        if (inProgress.has(node)) {
            cycle = true;
            return cap;
        }
        inProgress.add(node);
        let total = 0;
        for (const item of node.items) {
            total = Math.min(cap, total + aliasesIn(item));
            if (total >= cap)
                break;
        }
        inProgress.delete(node);
        expanded.set(node, total);
        return total;
    };
    const aliases = aliasesIn(doc.contents);
    if (cycle)
        return 'has an alias that refers to a node containing itself';
    if (aliases > limits.maxAliases) {
        return `expands YAML aliases more than ${limits.maxAliases} times (limits.max-aliases), as an alias bomb ("billion laughs") does`;
    }
    return undefined;
}
/**
 * How deep collections nest below `node`, counting the source as written (an alias is a
 * leaf), and stopping at `stop` so a hostile document costs no more than the limit. An
 * explicit stack, since recursion this deep is what the limit guards against.
 */
function depthOf(node, stop) {
    let deepest = 0;
    const stack = [{ node, depth: 0 }];
    while (stack.length > 0) {
        const { node: current, depth } = stack.pop();
        if ((0,dist/* isPair */.tO)(current)) {
            stack.push({ node: current.key, depth }, { node: current.value, depth });
            continue;
        }
        if (!(0,dist/* isCollection */.P3)(current))
            continue;
        const level = depth + 1;
        if (level > deepest)
            deepest = level;
        if (deepest >= stop)
            return deepest;
        for (const item of current.items)
            stack.push({ node: item, depth: level });
    }
    return deepest;
}
/**
 * The node each alias of a document names: the last node before it with that anchor,
 * the way YAML defines it. One walk for the whole document; resolving aliases one by one
 * walks the document once per alias.
 */
function aliasTargets(doc) {
    const anchors = new Map();
    const targets = new Map();
    (0,dist/* visit */.YR)(doc, {
        Node: (_key, node) => {
            if ((0,dist/* isAlias */.Vj)(node)) {
                const target = anchors.get(node.source);
                if (target)
                    targets.set(node, target);
            }
            else if (node.anchor) {
                anchors.set(node.anchor, node);
            }
        },
    });
    return targets;
}

;// CONCATENATED MODULE: ./src/manifests/nodes.ts


const MERGE_KEY = '<<';
/** Alias targets per document, found in one walk (see aliasTargets). */
const targetsByDocument = new WeakMap();
/** Follows an alias to the node it names; other nodes come back unchanged. */
function nodes_resolve(node, doc) {
    if ((0,dist/* isAlias */.Vj)(node)) {
        // yaml's own Alias.resolve walks the whole document on every call, which makes a
        // large document with many aliases quadratic.
        let targets = targetsByDocument.get(doc);
        if (!targets) {
            targets = aliasTargets(doc);
            targetsByDocument.set(doc, targets);
        }
        return targets.get(node) ?? node.resolve(doc);
    }
    return (node ?? undefined);
}
/**
 * The value node of `key` in a mapping, following aliases and `<<` merge keys the way
 * YAML 1.1 merges do (own keys win over merged ones, earlier merge sources win).
 */
function mapGet(map, key, doc) {
    const pair = findPair(map, key, doc, 0);
    return pair ? nodes_resolve(pair.value, doc) : undefined;
}
/** The key/value pair node of `key`, following merge keys. */
function findPair(map, key, doc, depth, 
// Maps with merge keys already searched: merge sources that repeat (`<<: [*a, *a]`
// nested a few levels) would otherwise be searched an exponential number of times.
// Made only once a merge key is met: nearly every lookup has none.
seen) {
    if (seen?.has(map))
        return undefined;
    let merges;
    for (const item of map.items) {
        const itemKey = item.key;
        if ((0,dist/* isScalar */.jn)(itemKey)) {
            if (itemKey.value === key)
                return item;
            if (itemKey.value === MERGE_KEY)
                (merges ??= []).push(item.value);
        }
    }
    if (!merges || depth > 8)
        return undefined;
    const searched = seen ?? new Set();
    searched.add(map);
    for (const source of merges) {
        const resolved = nodes_resolve(source, doc);
        const sources = (0,dist/* isSeq */.oP)(resolved)
            ? resolved.items.map((n) => nodes_resolve(n, doc))
            : [resolved];
        for (const merged of sources) {
            if (!(0,dist/* isMap */.jh)(merged))
                continue;
            const found = findPair(merged, key, doc, depth + 1, searched);
            if (found)
                return found;
        }
    }
    return undefined;
}
function mapGetMap(map, key, doc) {
    const node = mapGet(map, key, doc);
    return (0,dist/* isMap */.jh)(node) ? node : undefined;
}
function mapGetSeq(map, key, doc) {
    const node = mapGet(map, key, doc);
    return (0,dist/* isSeq */.oP)(node) ? node : undefined;
}
/** The string form of a scalar value; numbers and booleans are turned into text. */
function scalarText(node) {
    if (!(0,dist/* isScalar */.jn)(node))
        return undefined;
    const value = node.value;
    if (value === null || value === undefined)
        return undefined;
    return typeof value === 'string' ? value : String(value);
}
function mapGetText(map, key, doc) {
    return scalarText(mapGet(map, key, doc));
}
/** The range a node covers, as 1-based lines and columns. */
function rangeOf(file, node) {
    const range = node?.range;
    if (!range)
        return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    return offsetsToRange(file, range[0], range[1]);
}
/**
 * The first line of a node, from where it starts to the end of that line's text: where
 * a container or object starts, for findings about a field it lacks.
 */
function startOf(file, node) {
    const start = node?.range?.[0];
    if (start === undefined)
        return rangeOf(file, node);
    let end = file.text.indexOf('\n', start);
    if (end === -1)
        end = file.text.length;
    const nodeEnd = node?.range?.[1] ?? end;
    end = Math.min(end, Math.max(start, nodeEnd));
    while (end > start && /[\s,{]/.test(file.text[end - 1]))
        end--;
    return offsetsToRange(file, start, end);
}
function offsetsToRange(file, start, end) {
    const from = file.lineCounter.linePos(start);
    const to = file.lineCounter.linePos(Math.max(start, end));
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

;// CONCATENATED MODULE: ./src/checks/helpers.ts


/** `Deployment "shop/api"`: how messages name an object. */
function objectLabel(object) {
    const name = object.namespace ? `${object.namespace}/${object.name}` : object.name;
    return `${object.kind} "${name || '(unnamed)'}"`;
}
/** `Container "web" of Deployment "shop/api"`, the way every message names its subject. */
function describe(context) {
    const { container, object } = context;
    const kindOfContainer = container.type === 'initContainers'
        ? 'Init container'
        : container.type === 'ephemeralContainers'
            ? 'Ephemeral container'
            : 'Container';
    return `${kindOfContainer} "${container.name}" of ${objectLabel(object)}`;
}
/** `The pod spec of Deployment "shop/api"`, for findings about the pod as a whole. */
function podLabel(context) {
    return context.pod.path === 'spec' && context.object.kind === 'Pod'
        ? objectLabel(context.object)
        : `The pod spec of ${objectLabel(context.object)}`;
}
/** Kinds whose pods run to completion: probes and spreading do not apply to them. */
const RUN_TO_COMPLETION = new Set(['Job', 'CronJob']);
function runsToCompletion(object) {
    return RUN_TO_COMPLETION.has(object.kind);
}
/** The scalar at `key` with its nodes; undefined when absent or null. */
function scalarAt(map, key, doc) {
    if (!map)
        return undefined;
    const pair = findPair(map, key, doc, 0);
    if (!pair)
        return undefined;
    const node = nodes_resolve(pair.value, doc);
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null || node.value === undefined)
        return undefined;
    return { value: node.value, node, key: pair.key };
}
/** The mapping at a path of keys, or undefined as soon as one step is not a mapping. */
function mapAt(map, path, doc) {
    let current = map;
    for (const key of path) {
        if (!current)
            return undefined;
        current = mapGetMap(current, key, doc);
    }
    return current;
}
/** The items of the sequence at `key`, aliases resolved. Absent or not a list: empty. */
function seqItems(map, key, doc) {
    if (!map)
        return [];
    const node = mapGet(map, key, doc);
    if (!(0,dist/* isSeq */.oP)(node))
        return [];
    return node.items.map((item) => nodes_resolve(item, doc)).filter((n) => !!n);
}
/** The string items of a sequence, with their nodes. */
function stringItems(map, key, doc) {
    return seqItems(map, key, doc)
        .map((node) => ({ text: scalarText(node) ?? '', node }))
        .filter((item) => item.text !== '');
}
/** Whether a scalar value means YAML `true` (the boolean, not the string). */
function isTrue(located) {
    return located?.value === true;
}
/** The mapping of a map-valued key, or undefined. */
function childMap(map, key, doc) {
    return map ? mapGetMap(map, key, doc) : undefined;
}
/**
 * A security context field the way the kubelet resolves it: the container's value
 * wins, and the pod's applies only to fields that exist at both levels.
 */
function effectiveSecurityField(context, key) {
    const { doc, container, pod } = context;
    const own = scalarAt(childMap(container.node, 'securityContext', doc), key, doc);
    if (own)
        return { ...own, level: 'container' };
    if (!POD_LEVEL_FIELDS.has(key))
        return undefined;
    const inherited = scalarAt(childMap(pod.node, 'securityContext', doc), key, doc);
    return inherited ? { ...inherited, level: 'pod' } : undefined;
}
/** Fields of the container security context that the pod security context can set too. */
const POD_LEVEL_FIELDS = new Set([
    'runAsUser',
    'runAsGroup',
    'runAsNonRoot',
    'seLinuxOptions',
    'seccompProfile',
    'windowsOptions',
    'appArmorProfile',
]);
/** A mapping-valued security field resolved the kubelet's way (container first). */
function effectiveSecurityMap(context, key) {
    const { doc, container, pod } = context;
    const own = mapAt(container.node, ['securityContext', key], doc);
    if (own)
        return { map: own, level: 'container' };
    const inherited = mapAt(pod.node, ['securityContext', key], doc);
    return inherited ? { map: inherited, level: 'pod' } : undefined;
}
/** Whether the pod declares itself a Windows pod, where Linux settings do not apply. */
function isWindowsPod(pod, doc) {
    const os = mapAt(pod.node, ['os'], doc);
    return os ? scalarText(mapGet(os, 'name', doc)) === 'windows' : false;
}
/** The deepest existing node along a path: where to point when a field is missing. */
function deepestNode(map, path, doc) {
    let current = map;
    for (let i = 0; i < path.length; i++) {
        const next = mapGetMap(current, path[i], doc);
        if (!next)
            return { node: current, missing: path.slice(i) };
        current = next;
    }
    return { node: current, missing: [] };
}
/** The labels of a metadata mapping as plain strings. */
function labelsOf(metadata, doc, key = 'labels') {
    const labels = {};
    const map = childMap(metadata, key, doc);
    if (!map)
        return labels;
    for (const pair of map.items) {
        const name = scalarText(pair.key);
        const value = scalarText(nodes_resolve(pair.value, doc));
        if (name !== undefined)
            labels[name] = value ?? '';
    }
    return labels;
}
/**
 * Whether a label selector (`matchLabels` and `matchExpressions`) selects these labels,
 * following the API's rules; an empty selector selects everything.
 */
function selectorMatches(selector, labels, doc) {
    if (!selector)
        return false;
    const matchLabels = labelsOf(selector, doc, 'matchLabels');
    for (const [key, value] of Object.entries(matchLabels)) {
        if (labels[key] !== value)
            return false;
    }
    for (const expression of seqItems(selector, 'matchExpressions', doc)) {
        if (!(0,dist/* isMap */.jh)(expression))
            return false;
        const key = scalarText(mapGet(expression, 'key', doc)) ?? '';
        const operator = scalarText(mapGet(expression, 'operator', doc)) ?? '';
        const values = stringItems(expression, 'values', doc).map((v) => v.text);
        const has = Object.prototype.hasOwnProperty.call(labels, key);
        if (operator === 'In' && !(has && values.includes(labels[key])))
            return false;
        if (operator === 'NotIn' && has && values.includes(labels[key]))
            return false;
        if (operator === 'Exists' && !has)
            return false;
        if (operator === 'DoesNotExist' && has)
            return false;
    }
    return true;
}
/** The pod template metadata of a workload, or the metadata of a bare Pod. */
function podMetadata(context) {
    const { pod, doc, object } = context;
    if (pod.templateMetadata)
        return pod.templateMetadata;
    return object.kind === 'Pod' ? mapGetMap(object.node, 'metadata', doc) : undefined;
}
/** The pod template labels of a workload, or the labels of a bare Pod. */
function podLabels(context) {
    return labelsOf(podMetadata(context), context.doc);
}
/** The top-level pod spec of a workload (`spec.template.spec`, or `spec` of a Pod). */
function isMainPodSpec(context) {
    const { pod, object } = context;
    if (object.kind === 'Pod')
        return pod.path === 'spec';
    if (object.kind === 'CronJob')
        return pod.path === 'spec.jobTemplate.spec.template.spec';
    return pod.path === 'spec.template.spec';
}
/** Objects of `kind` in the same namespace as `object` (both unset counts as the same). */
function sameNamespace(context, kind) {
    return context.workspace.inNamespace(kind, context.object.namespace);
}
/** A pod-spec finding that points at the pod spec's first line. */
function podStart(context, message, fix) {
    return { at: context.pod.node, span: 'start', field: context.pod.path, message, fix };
}
function intOrPercent(value) {
    if (typeof value === 'number' && Number.isInteger(value))
        return { number: value };
    if (typeof value === 'string') {
        const match = /^(\d+)%$/.exec(value.trim());
        if (match)
            return { percent: Number(match[1]) };
        if (/^\d+$/.test(value.trim()))
            return { number: Number(value) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/checks/catalogue/resources.ts



/**
 * A missing resource request or limit on an app container. Init containers run one at a
 * time before the app and ephemeral containers cannot have resources; a pod-level
 * `resources` (Kubernetes 1.32+) covers every container.
 */
function missingResource(context, kind, resource, consequence, example) {
    const { container, doc, pod } = context;
    if (container.type !== 'containers')
        return [];
    const path = ['resources', kind];
    if (hasValue(mapAt(pod.node, path, doc), resource, context))
        return [];
    const section = mapAt(container.node, path, doc);
    if (hasValue(section, resource, context))
        return [];
    const pair = section ? findPair(section, resource, doc, 0) : undefined;
    const { node } = deepestNode(container.node, path, doc);
    return [
        {
            at: pair ? pair.key : node,
            span: pair ? 'node' : 'start',
            field: `${container.path}.resources.${kind}.${resource}`,
            container,
            message: `${describe(context)} has no ${resource} ${kind === 'requests' ? 'request' : 'limit'}: ${consequence}`,
            fix: `Set \`resources.${kind}.${resource}\` on the container, for example \`${resource}: ${example}\`, sized from what it uses under load.`,
        },
    ];
}
function hasValue(section, resource, context) {
    if (!section)
        return false;
    const pair = findPair(section, resource, context.doc, 0);
    if (!pair)
        return false;
    const node = nodes_resolve(pair.value, context.doc);
    if (!(0,dist/* isScalar */.jn)(node))
        return false;
    const text = scalarText(node);
    return text !== undefined && text.trim() !== '';
}

;// CONCATENATED MODULE: ./src/checks/catalogue/cpu-limits.ts

const cpuLimits = {
    id: 'cpu-limits',
    title: 'Containers have a CPU limit',
    severity: 'warning',
    why: 'Without a CPU limit one container in a busy loop can take every idle core of its node ' +
        'and slow down the other pods there.',
    howToFix: 'Set `resources.limits.cpu` to the most CPU the container should ever use.',
    autoFix: false,
    peers: {
        polaris: 'cpuLimitsMissing',
        kubeLinter: 'unset-cpu-requirements',
        kubeScore: 'container-resources',
        checkov: 'CKV_K8S_11',
    },
    checkContainer: (context) => missingResource(context, 'limits', 'cpu', 'a busy loop in it can take every idle core of the node and slow down the pods next to it.', '"1"'),
};

;// CONCATENATED MODULE: ./src/checks/catalogue/cpu-requests.ts

const cpuRequests = {
    id: 'cpu-requests',
    title: 'Containers request CPU',
    severity: 'warning',
    why: 'The scheduler places pods by their requests. Without a CPU request a pod can land on ' +
        'a node that is already busy, and under contention it gets the smallest share of CPU.',
    howToFix: 'Set `resources.requests.cpu` to what the container uses under normal load.',
    autoFix: false,
    peers: {
        polaris: 'cpuRequestsMissing',
        kubeLinter: 'unset-cpu-requirements',
        kubeScore: 'container-resources',
        checkov: 'CKV_K8S_10',
    },
    checkContainer: (context) => missingResource(context, 'requests', 'cpu', 'the scheduler may place it on a busy node, and under contention it gets the smallest share of CPU.', '250m'),
};

;// CONCATENATED MODULE: ./src/checks/catalogue/capabilities.ts

/** A capability name the way the runtime reads it: upper case, without `CAP_`. */
function capabilityName(text) {
    const upper = text.trim().toUpperCase();
    return upper.startsWith('CAP_') ? upper.slice(4) : upper;
}
/** The capabilities a container adds or drops, normalized, with their nodes. */
function capabilities(context, list) {
    const map = mapAt(context.container.node, ['securityContext', 'capabilities'], context.doc);
    return stringItems(map, list, context.doc).map((item) => ({
        ...item,
        name: capabilityName(item.text),
    }));
}

;// CONCATENATED MODULE: ./src/checks/catalogue/dangerous-capabilities.ts


/** Capabilities that amount to control of the node. */
const DANGEROUS = {
    ALL: 'every capability, the same as privileged',
    SYS_ADMIN: 'mount, namespaces and much of the kernel: close to full root',
    NET_ADMIN: "control of the node's or pod's network: routes, firewall rules, interfaces",
    SYS_MODULE: 'loading kernel modules into the node',
    SYS_RAWIO: 'raw access to devices and I/O ports',
    SYS_PTRACE: 'tracing and injecting code into other processes',
    BPF: 'loading BPF programs into the kernel',
    DAC_READ_SEARCH: 'reading any file by handle, a known container escape',
};
const dangerousCapabilities = {
    id: 'dangerous-capabilities',
    title: 'Containers do not add dangerous capabilities',
    severity: 'error',
    why: 'Some Linux capabilities (ALL, SYS_ADMIN, NET_ADMIN, SYS_MODULE, ...) give control over ' +
        'the node itself; a container that adds them can escape its isolation.',
    howToFix: 'Remove the capability from `securityContext.capabilities.add` and grant a narrower one.',
    autoFix: false,
    differences: "Besides Polaris's ALL, SYS_ADMIN and NET_ADMIN, also reports SYS_MODULE, SYS_RAWIO, SYS_PTRACE, BPF and DAC_READ_SEARCH; `CAP_` prefixes and any letter case are understood.",
    peers: { polaris: 'dangerousCapabilities', checkov: 'CKV_K8S_39' },
    checkContainer(context) {
        const { container } = context;
        return capabilities(context, 'add')
            .filter((cap) => DANGEROUS[cap.name])
            .map((cap) => ({
            at: cap.node,
            field: `${container.path}.securityContext.capabilities.add`,
            container,
            message: `${describe(context)} adds capability ${cap.text}: ${DANGEROUS[cap.name]}, enough to escape the container.`,
            fix: `Remove \`${cap.text}\` from \`capabilities.add\`; grant the narrowest capability the process needs instead.`,
        }));
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/duplicate-env.ts



const duplicateEnv = {
    id: 'duplicate-env',
    title: 'Env variable names are unique in a container',
    severity: 'warning',
    why: 'When a container lists a variable twice only the last value takes effect, and tools that ' +
        'merge or patch the list (kustomize, Helm, server-side apply) may keep either one.',
    howToFix: 'Keep one entry per variable name and delete the others.',
    autoFix: false,
    peers: {
        kubeLinter: 'duplicate-env-var',
        kubeScore: 'environment-variable-key-duplication',
    },
    checkContainer(context) {
        const { container, doc } = context;
        const seen = new Map();
        const reports = [];
        seqItems(container.node, 'env', doc).forEach((entry, index) => {
            if (!(0,dist/* isMap */.jh)(entry))
                return;
            const name = mapGetText(entry, 'name', doc);
            if (!name)
                return;
            const first = seen.get(name);
            if (first === undefined) {
                seen.set(name, index);
                return;
            }
            reports.push({
                at: findPair(entry, 'name', doc, 0)?.value,
                field: `${container.path}.env[${index}].name`,
                container,
                message: `${describe(context)} sets env "${name}" twice (entries ${first + 1} and ${index + 1}): only the last one takes effect, and patches or server-side apply may keep either.`,
                fix: `Delete one of the two "${name}" entries so the value is stated once.`,
            });
        });
        return reports;
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/host-namespaces.ts

/** A pod-level boolean that shares a namespace of the node (`hostNetwork: true`, ...). */
function hostNamespace(context, key, consequence) {
    const found = scalarAt(context.pod.node, key, context.doc);
    if (found?.value !== true)
        return [];
    return [
        {
            at: found.node,
            field: `${context.pod.path}.${key}`,
            message: `${podLabel(context)} sets ${key}: true: ${consequence}`,
            fix: `Remove \`${key}: true\` (the default is false); if the pod really needs it, exempt it with a reason.`,
        },
    ];
}

;// CONCATENATED MODULE: ./src/checks/catalogue/host-ipc.ts

const hostIpc = {
    id: 'host-ipc',
    title: "Pods do not share the node's IPC namespace",
    severity: 'error',
    why: 'A pod in the host IPC namespace can read and write the shared memory and message ' +
        'queues of every process on the node.',
    howToFix: 'Remove `hostIPC: true`.',
    autoFix: false,
    peers: { polaris: 'hostIPCSet', kubeLinter: 'host-ipc', checkov: 'CKV_K8S_18' },
    checkPod: (context) => hostNamespace(context, 'hostIPC', 'its containers can read and write the shared memory of every process on the node.'),
};

;// CONCATENATED MODULE: ./src/checks/catalogue/host-network.ts

const hostNetwork = {
    id: 'host-network',
    title: "Pods do not share the node's network",
    severity: 'error',
    why: "A pod on the host network sees every interface of the node, can bind the node's " +
        'ports and reach services that listen only on localhost, and bypasses NetworkPolicies.',
    howToFix: 'Remove `hostNetwork: true`; expose ports through a Service instead.',
    autoFix: false,
    peers: { polaris: 'hostNetworkSet', kubeLinter: 'host-network', checkov: 'CKV_K8S_19' },
    checkPod: (context) => hostNamespace(context, 'hostNetwork', "its containers see every interface of the node, can reach services bound to the node's localhost, and NetworkPolicies do not apply to them."),
};

;// CONCATENATED MODULE: ./src/checks/catalogue/host-path.ts



const hostPath = {
    id: 'host-path',
    title: 'Pods do not mount directories of the node',
    severity: 'warning',
    why: 'A hostPath volume gives the pod files of the node: container runtime sockets, ' +
        "credentials of the kubelet, or other pods' data, and ties the pod to what one node holds.",
    howToFix: 'Use a PersistentVolumeClaim, an emptyDir, a ConfigMap or a Secret instead of `hostPath`.',
    autoFix: false,
    peers: { polaris: 'hostPathSet', kubeLinter: 'sensitive-host-mounts' },
    checkPod(context) {
        const { pod, doc } = context;
        const reports = [];
        seqItems(pod.node, 'volumes', doc).forEach((volume, index) => {
            if (!(0,dist/* isMap */.jh)(volume))
                return;
            const source = mapGetMap(volume, 'hostPath', doc);
            if (!source)
                return;
            const name = mapGetText(volume, 'name', doc) ?? `#${index + 1}`;
            const path = mapGetText(source, 'path', doc) ?? '(no path)';
            reports.push({
                at: source,
                span: 'start',
                field: `${pod.path}.volumes[${index}].hostPath`,
                message: `${podLabel(context)} mounts \`${path}\` of the node as volume "${name}": files of the node (runtime sockets, kubelet credentials, other pods' data) become reachable from the pod.`,
                fix: `Replace the hostPath of volume "${name}" with a PersistentVolumeClaim, emptyDir, ConfigMap or Secret; if the pod is a node agent that needs it, exempt it with a reason.`,
            });
        });
        return reports;
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/host-pid.ts

const hostPid = {
    id: 'host-pid',
    title: "Pods do not share the node's process namespace",
    severity: 'error',
    why: 'A pod in the host PID namespace sees every process of the node, including other ' +
        "pods' processes and their environment, and can signal them.",
    howToFix: 'Remove `hostPID: true`.',
    autoFix: false,
    peers: { polaris: 'hostPIDSet', kubeLinter: 'host-pid', checkov: 'CKV_K8S_17' },
    checkPod: (context) => hostNamespace(context, 'hostPID', "its containers see every process on the node, with other pods' command lines and environment, and can signal them."),
};

;// CONCATENATED MODULE: ./src/checks/catalogue/host-port.ts


const hostPort = {
    id: 'host-port',
    title: 'Containers do not bind a port of the node',
    severity: 'warning',
    why: 'A hostPort ties the pod to nodes where that port is free, so two replicas cannot share ' +
        "a node and rollouts can stall; it also exposes the container on the node's address.",
    howToFix: 'Remove `hostPort` and reach the container through a Service.',
    autoFix: false,
    peers: { polaris: 'hostPortSet', checkov: 'CKV_K8S_26' },
    checkContainer(context) {
        const { container, doc } = context;
        const reports = [];
        seqItems(container.node, 'ports', doc).forEach((port, index) => {
            if (!(0,dist/* isMap */.jh)(port))
                return;
            const found = scalarAt(port, 'hostPort', doc);
            // hostPort 0 is the API's way of writing "none".
            if (!found || found.value === 0 || found.value === '0')
                return;
            reports.push({
                at: found.node,
                field: `${container.path}.ports[${index}].hostPort`,
                container,
                message: `${describe(context)} binds port ${String(found.value)} of the node: only one such pod fits on a node, so replicas and rollouts can get stuck Pending, and the port is open on the node's address.`,
                fix: 'Remove `hostPort` from the port and expose the container through a Service.',
            });
        });
        return reports;
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/host-process.ts

const FIX = 'Remove `hostProcess: true`; if this is a node agent that needs it, exempt it with a reason.';
/** `securityContext.windowsOptions.hostProcess` of a pod spec or a container. */
function hostProcessAt(node, doc) {
    return scalarAt(mapAt(node, ['securityContext', 'windowsOptions'], doc), 'hostProcess', doc);
}
const hostProcess = {
    id: 'host-process',
    title: 'Windows containers do not run as host processes',
    severity: 'warning',
    why: 'A Windows HostProcess container runs directly on the node with the rights of its ' +
        'user, outside any container isolation: it is the Windows form of a privileged container.',
    howToFix: 'Remove `windowsOptions.hostProcess: true` from the pod and container security contexts.',
    autoFix: false,
    peers: { polaris: 'hostProcess' },
    // The pod-level setting applies to every container: one finding, on the pod.
    checkPod(context) {
        const found = hostProcessAt(context.pod.node, context.doc);
        if (found?.value !== true)
            return [];
        return [
            {
                at: found.node,
                field: `${context.pod.path}.securityContext.windowsOptions.hostProcess`,
                message: `${podLabel(context)} sets hostProcess: true for all its containers: they run on the node outside container isolation.`,
                fix: FIX,
            },
        ];
    },
    checkContainer(context) {
        const { container, doc } = context;
        const found = hostProcessAt(container.node, doc);
        if (found?.value !== true)
            return [];
        return [
            {
                at: found.node,
                field: `${container.path}.securityContext.windowsOptions.hostProcess`,
                container,
                message: `${describe(context)} sets hostProcess: true: it runs on the node outside container isolation.`,
                fix: FIX,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/hpa-max-replicas.ts


const hpaMaxReplicas = {
    id: 'hpa-max-replicas',
    title: 'HorizontalPodAutoscalers can scale up',
    severity: 'warning',
    why: 'An autoscaler whose maxReplicas is not above minReplicas can never add a pod: it looks ' +
        'like autoscaling but the workload stays at a fixed size under any load.',
    howToFix: 'Set `spec.maxReplicas` above `spec.minReplicas`.',
    autoFix: false,
    peers: { polaris: 'hpaMaxAvailability' },
    checkObject(context) {
        const { object, doc } = context;
        if (object.kind !== 'HorizontalPodAutoscaler')
            return [];
        const spec = mapGetMap(object.node, 'spec', doc);
        if (!spec)
            return [];
        const max = scalarAt(spec, 'maxReplicas', doc);
        const min = scalarAt(spec, 'minReplicas', doc);
        const minValue = typeof min?.value === 'number' ? min.value : 1;
        if (!max) {
            return [
                {
                    at: spec,
                    span: 'start',
                    field: 'spec.maxReplicas',
                    message: `${objectLabel(object)} has no maxReplicas, which the API requires: the object is rejected.`,
                    fix: `Set \`spec.maxReplicas\` above ${minValue}.`,
                },
            ];
        }
        if (typeof max.value !== 'number')
            return [];
        // maxReplicas equal to an explicit minReplicas pins the size; below it is invalid.
        const stuck = min ? max.value <= minValue : max.value < 1;
        if (!stuck)
            return [];
        return [
            {
                at: max.node,
                field: 'spec.maxReplicas',
                message: `${objectLabel(object)} sets maxReplicas: ${max.value}${min ? ` with minReplicas: ${minValue}` : ''}: it can never add a pod, so the workload stays at a fixed size under any load.`,
                fix: `Set \`maxReplicas\` above ${minValue}.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/hpa-min-replicas.ts


const hpaMinReplicas = {
    id: 'hpa-min-replicas',
    title: 'HorizontalPodAutoscalers keep at least two replicas',
    severity: 'warning',
    why: 'An autoscaler that may scale down to one replica leaves the workload down whenever that ' +
        'pod is: at quiet hours a single drain or crash is an outage.',
    howToFix: 'Set `spec.minReplicas: 2` or more.',
    autoFix: false,
    options: {
        minimum: {
            default: 2,
            description: 'The lowest minReplicas an autoscaler may have (kube-linter asks for 3).',
        },
    },
    peers: {
        polaris: 'hpaMinAvailability',
        kubeLinter: 'hpa-minimum-three-replicas',
        kubeScore: 'horizontalpodautoscaler-replicas',
    },
    checkObject(context) {
        const { object, doc, options } = context;
        if (object.kind !== 'HorizontalPodAutoscaler')
            return [];
        const minimum = typeof options.minimum === 'number' ? options.minimum : 2;
        const spec = mapGetMap(object.node, 'spec', doc);
        const min = scalarAt(spec, 'minReplicas', doc);
        // Absent means 1, but the API may default it differently per version and Polaris
        // passes it; see docs/checks.md. Report only an explicit value below `minimum`.
        if (!min || typeof min.value !== 'number' || min.value >= minimum)
            return [];
        return [
            {
                at: min.node,
                field: 'spec.minReplicas',
                message: `${objectLabel(object)} sets minReplicas: ${min.value}: at low load it scales down to ${min.value === 0 ? 'nothing' : 'a single pod'}, and one drain or crash is then an outage.`,
                fix: `Set \`minReplicas: ${minimum}\` or more.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/podspecs/image.ts
/**
 * Splits `[registry[:port]/]repository[:tag][@digest]`. The first path component is a
 * registry only when it contains `.` or `:` or is `localhost`, as in the reference
 * grammar, so `localhost:5000/app` has no tag and `app:5000` has tag `5000`.
 */
function parseImageReference(image) {
    let rest = image.trim();
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let registry;
    const slash = rest.indexOf('/');
    if (slash !== -1) {
        const first = rest.slice(0, slash);
        if (first.includes('.') || first.includes(':') || first === 'localhost') {
            registry = first;
            rest = rest.slice(slash + 1);
        }
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon !== -1 && !rest.slice(colon).includes('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    return { registry, repository: rest, tag, digest };
}
/**
 * The pull policy the API server fills in when a container has none: `Always` for tag
 * `latest` or for no tag and no digest, `IfNotPresent` otherwise (a digest alone too).
 */
function defaultPullPolicy(image) {
    const { tag, digest } = parseImageReference(image);
    if (tag === 'latest')
        return 'Always';
    if (tag === undefined && digest === undefined)
        return 'Always';
    return 'IfNotPresent';
}

;// CONCATENATED MODULE: ./src/checks/catalogue/image-pull-policy.ts




const VALID = ['Always', 'IfNotPresent', 'Never'];
const WHY_ALWAYS = 'A node that has the image cached starts it without asking the registry, so a tag ' +
    'that was re-pushed with a security fix can keep running the old, vulnerable image. ' +
    '`Always` does not re-download cached layers: the kubelet only checks the digest ' +
    'upstream and that this pod may pull it, so it costs almost nothing.';
const imagePullPolicy = {
    id: 'image-pull-policy',
    title: 'imagePullPolicy must be Always',
    severity: 'error',
    why: WHY_ALWAYS,
    howToFix: 'Set `imagePullPolicy: Always` on the container.',
    autoFix: true,
    differences: 'Without `imagePullPolicy`, a `latest` or untagged image is reported although Kubernetes defaults it to Always (kube-score accepts it): the default changes silently as soon as someone pins a tag.',
    peers: {
        polaris: 'pullPolicyNotAlways',
        kubeScore: 'container-image-pull-policy',
        checkov: 'CKV_K8S_15',
    },
    options: {
        'allow-digest': {
            default: false,
            description: 'Accept a container whose image is pinned by digest (`image@sha256:...`) without ' +
                '`Always`: the digest names one exact image, so a stale cache cannot serve another.',
        },
    },
    checkContainer(context) {
        const { container, doc, options } = context;
        const image = mapGetText(container.node, 'image', doc);
        const pair = findPair(container.node, 'imagePullPolicy', doc, 0);
        const field = `${container.path}.imagePullPolicy`;
        const who = describe(context);
        const reference = image ? parseImageReference(image) : undefined;
        if (options['allow-digest'] === true && reference?.digest) {
            return [];
        }
        if (!pair) {
            // A container without an image is a partial object (a kustomize patch, say);
            // its default cannot be known and the base it patches is checked on its own.
            if (image === undefined)
                return [];
            const policy = defaultPullPolicy(image);
            const because = policy === 'Always'
                ? `its tag is ${reference?.tag === 'latest' ? '`latest`' : 'missing'}, so Kubernetes defaults it to Always today, but only by accident of the tag: pin a tag and the default silently becomes IfNotPresent`
                : `Kubernetes defaults it to IfNotPresent for ${reference?.tag ? 'a tag other than `latest`' : 'an image pinned by digest only'}, so a node that has it cached never checks the registry again`;
            return [
                {
                    at: container.node,
                    span: 'start',
                    field,
                    container,
                    message: `${who} has no imagePullPolicy: for image \`${image}\` ${because}.`,
                    fix: 'Add `imagePullPolicy: Always` to the container.',
                    fixIntent: {
                        type: 'add-field',
                        map: container.node,
                        key: 'imagePullPolicy',
                        value: 'Always',
                        after: ['image', 'name'],
                    },
                },
            ];
        }
        const valueNode = nodes_resolve(pair.value, doc);
        const value = (0,dist/* isScalar */.jn)(valueNode) ? valueNode.value : undefined;
        if (value === 'Always')
            return [];
        const shown = typeof value === 'string' ? value : String(value ?? '');
        const wrongCase = typeof value === 'string' &&
            VALID.some((v) => v.toLowerCase() === value.toLowerCase());
        const invalid = !VALID.includes(shown);
        const message = invalid
            ? `${who} has imagePullPolicy \`${shown}\`, which the API server rejects: the accepted values are Always, IfNotPresent and Never, and they are case-sensitive${wrongCase ? ' (write `Always` with a capital A)' : ''}.`
            : `${who} has imagePullPolicy \`${shown}\`: a node that has image \`${image ?? '(none)'}\` cached ${shown === 'Never' ? 'never contacts the registry, and a node without it fails to start the pod' : 'runs it without checking the registry for a newer push of the tag'}.`;
        return [
            {
                at: (valueNode ?? pair.key),
                field,
                container,
                message,
                fix: 'Set `imagePullPolicy: Always`.',
                fixIntent: (0,dist/* isScalar */.jn)(valueNode)
                    ? { type: 'set-scalar', node: valueNode, value: 'Always' }
                    : undefined,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/image-tag.ts



const imageTag = {
    id: 'image-tag',
    title: 'Images name a fixed tag or a digest',
    severity: 'error',
    why: 'An image without a tag, or with `latest`, is whatever was pushed last: two nodes can ' +
        'run different code under the same spec, and a rollback does not bring the old code back.',
    howToFix: 'Name an explicit version tag (`app:1.4.2`) or pin the digest (`app@sha256:...`).',
    autoFix: false,
    peers: {
        polaris: 'tagNotSpecified',
        kubeLinter: 'latest-tag',
        kubeScore: 'container-image-tag',
        checkov: 'CKV_K8S_14',
    },
    checkContainer(context) {
        const { container, doc } = context;
        const pair = findPair(container.node, 'image', doc, 0);
        const node = pair ? nodes_resolve(pair.value, doc) : undefined;
        const image = scalarText(node);
        // No image: a partial object (a kustomize patch); the base it patches is checked.
        if (!image)
            return [];
        const { tag, digest, repository } = parseImageReference(image);
        if (digest)
            return [];
        if (tag !== undefined && tag !== 'latest')
            return [];
        const problem = tag === 'latest'
            ? 'uses tag `latest`, which moves with every push'
            : 'has no tag, so it runs `latest`, which moves with every push';
        return [
            {
                at: node,
                field: `${container.path}.image`,
                container,
                message: `${describe(context)} runs image \`${image}\`, which ${problem}: nodes may run different builds and a rollback does not restore the old one.`,
                fix: `Replace \`${image}\` with a version tag or a digest, for example \`${repository}:<version>\`.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/insecure-capabilities.ts


/** The capabilities container runtimes grant by default (containerd and CRI-O). */
const DEFAULT_CAPABILITIES = [
    'NET_ADMIN',
    'CHOWN',
    'DAC_OVERRIDE',
    'FSETID',
    'FOWNER',
    'MKNOD',
    'NET_RAW',
    'SETGID',
    'SETUID',
    'SETFCAP',
    'SETPCAP',
    'NET_BIND_SERVICE',
    'SYS_CHROOT',
    'KILL',
    'AUDIT_WRITE',
];
const insecureCapabilities = {
    id: 'insecure-capabilities',
    title: 'Containers drop the default capabilities',
    severity: 'warning',
    why: 'Runtimes give every container a set of capabilities by default (NET_RAW, CHOWN, ' +
        'SETUID, ...); most applications need none of them, and NET_RAW alone allows spoofing on the pod network.',
    howToFix: 'Set `securityContext.capabilities.drop: [ALL]` and add back only what the process needs.',
    autoFix: false,
    peers: {
        polaris: 'insecureCapabilities',
        kubeLinter: 'drop-net-raw-capability',
        checkov: 'CKV_K8S_37',
    },
    checkContainer(context) {
        const { container, doc, pod } = context;
        if (isWindowsPod(pod, doc))
            return [];
        const dropped = new Set(capabilities(context, 'drop').map((c) => c.name));
        if (dropped.has('ALL'))
            return [];
        const kept = DEFAULT_CAPABILITIES.filter((cap) => !dropped.has(cap));
        if (kept.length === 0)
            return [];
        const drop = mapAt(container.node, ['securityContext', 'capabilities'], doc);
        const at = drop ?? deepestNode(container.node, ['securityContext'], doc).node;
        return [
            {
                at,
                span: 'start',
                field: `${container.path}.securityContext.capabilities.drop`,
                container,
                message: `${describe(context)} keeps ${kept.length === DEFAULT_CAPABILITIES.length ? "the runtime's default capabilities" : `default capabilities ${kept.join(', ')}`}${dropped.size ? '' : ' (it drops none)'}: NET_RAW allows spoofing on the pod network, and SETUID, CHOWN and DAC_OVERRIDE make a compromise worse.`,
                fix: 'Set `securityContext.capabilities.drop: [ALL]` and list under `add` only the capabilities the process needs.',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/instance-label.ts


const LABEL = 'app.kubernetes.io/instance';
/** Objects that own pods: the ones a reader of a dashboard looks up by instance. */
const WORKLOADS = new Set([
    'Pod',
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'ReplicaSet',
    'ReplicationController',
    'Job',
    'CronJob',
]);
const instanceLabel = {
    id: 'instance-label',
    title: 'Workloads carry a matching app.kubernetes.io/instance label',
    severity: 'warning',
    why: 'Tools group objects by the recommended `app.kubernetes.io/instance` label; a workload ' +
        "without it, or with another instance's value, is missing from or misfiled in those views.",
    howToFix: 'Set `metadata.labels["app.kubernetes.io/instance"]` to the name of the instance: the ' +
        'object name, or the release name that prefixes it.',
    autoFix: false,
    differences: 'Accepts an instance value that prefixes the object name (`shop` for `shop-api`), the way Helm and kustomize name objects; Polaris requires equality.',
    peers: { polaris: 'metadataAndInstanceMismatched' },
    checkObject(context) {
        const { object, doc } = context;
        if (!WORKLOADS.has(object.kind) || !object.name)
            return [];
        const metadata = mapGetMap(object.node, 'metadata', doc);
        const labels = labelsOf(metadata, doc);
        const instance = labels[LABEL];
        // A Helm or kustomize release name prefixes the object name: `shop-api` of `shop`.
        if (instance &&
            (instance === object.name || object.name.startsWith(`${instance}-`))) {
            return [];
        }
        const message = instance === undefined
            ? `${objectLabel(object)} has no ${LABEL} label: dashboards and tools that group by instance leave it out.`
            : `${objectLabel(object)} has ${LABEL} "${instance}", which neither equals nor prefixes its name "${object.name}": tools that group by instance file it under another instance.`;
        return [
            {
                at: metadata ?? object.node,
                span: 'start',
                field: `metadata.labels.${LABEL}`,
                message,
                fix: `Set the label \`${LABEL}: ${object.name}\` (or the release name that prefixes the object name).`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/linux-hardening.ts



const linuxHardening = {
    id: 'linux-hardening',
    title: 'Containers use a Linux hardening profile',
    severity: 'warning',
    why: 'Seccomp, AppArmor and SELinux limit what a compromised process can ask of the kernel; ' +
        'without any of them (or at least dropped capabilities) the whole system call surface is open.',
    howToFix: 'Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod (or container), or ' +
        'an AppArmor or SELinux profile, or drop capabilities.',
    autoFix: false,
    peers: {
        polaris: 'linuxHardening',
        kubeScore: 'container-seccomp-profile',
        checkov: 'CKV_K8S_31',
    },
    checkContainer(context) {
        const { container, doc, pod } = context;
        if (isWindowsPod(pod, doc))
            return [];
        // Seccomp: the container's profile wins over the pod's.
        const seccomp = effectiveSecurityMap(context, 'seccompProfile');
        const seccompType = seccomp && mapGetText(seccomp.map, 'type', doc);
        if (seccompType && seccompType !== 'Unconfined')
            return [];
        // SELinux: any option set at either level (container first).
        const selinux = effectiveSecurityMap(context, 'seLinuxOptions');
        if (selinux && selinux.map.items.length > 0)
            return [];
        // AppArmor: the field (1.30+) or the older per-container annotation.
        const apparmor = effectiveSecurityMap(context, 'appArmorProfile');
        const apparmorType = apparmor && mapGetText(apparmor.map, 'type', doc);
        if (apparmorType && apparmorType !== 'Unconfined')
            return [];
        const annotations = labelsOf(podMetadata(context), doc, 'annotations');
        const annotation = annotations[`container.apparmor.security.beta.kubernetes.io/${container.name}`];
        if (annotation && annotation !== 'unconfined')
            return [];
        // Dropped capabilities, unless ALL is added back.
        const dropped = capabilities(context, 'drop');
        const addsAll = capabilities(context, 'add').some((c) => c.name === 'ALL');
        if (dropped.length > 0 && !addsAll)
            return [];
        const securityContext = mapAt(container.node, ['securityContext'], doc);
        const unconfined = seccompType === 'Unconfined' ? ' (seccomp is explicitly Unconfined)' : '';
        return [
            {
                at: securityContext ?? container.node,
                span: 'start',
                field: `${container.path}.securityContext`,
                container,
                message: `${describe(context)} has no seccomp, AppArmor or SELinux profile and drops no capabilities${unconfined}: a compromised process can use every system call the kernel offers.`,
                fix: 'Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod or container (or an AppArmor or SELinux profile), or `capabilities.drop: [ALL]`.',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/probes.ts



/**
 * A missing probe on an app container of a long-running workload. Init and ephemeral
 * containers have no probes that matter, and Jobs and CronJobs run to completion.
 */
function missingProbe(context, key, consequence, fix) {
    const { container, doc, object } = context;
    if (container.type !== 'containers' || runsToCompletion(object))
        return [];
    const pair = findPair(container.node, key, doc, 0);
    const value = pair ? nodes_resolve(pair.value, doc) : undefined;
    // `readinessProbe:` with nothing after it is null, the same as no probe.
    if (value && !((0,dist/* isScalar */.jn)(value) && value.value === null))
        return [];
    return [
        {
            at: pair ? pair.key : container.node,
            span: pair ? 'node' : 'start',
            field: `${container.path}.${key}`,
            container,
            message: `${describe(context)} has no ${key}: ${consequence}`,
            fix,
        },
    ];
}

;// CONCATENATED MODULE: ./src/checks/catalogue/liveness-probe.ts

const livenessProbe = {
    id: 'liveness-probe',
    title: 'Containers have a liveness probe',
    severity: 'warning',
    why: 'Without a liveness probe a container that hangs (a deadlock, an exhausted pool) keeps ' +
        'running forever: the kubelet only restarts containers whose process exits.',
    howToFix: 'Add a `livenessProbe` that fails only when the container cannot recover by itself; ' +
        'do not reuse a readiness check that depends on other services.',
    autoFix: false,
    differences: 'As for readiness-probe: per container and whether or not a Service selects the pod (kube-score differs).',
    peers: {
        polaris: 'livenessProbeMissing',
        kubeLinter: 'no-liveness-probe',
        kubeScore: 'pod-probes',
        checkov: 'CKV_K8S_8',
    },
    checkContainer: (context) => missingProbe(context, 'livenessProbe', 'if it hangs without exiting, the kubelet never restarts it.', 'Add a `livenessProbe` that fails only when a restart would help; do not make it depend on other services.'),
};

;// CONCATENATED MODULE: ./src/checks/catalogue/memory-limits.ts

const memoryLimits = {
    id: 'memory-limits',
    title: 'Containers have a memory limit',
    severity: 'warning',
    why: 'Without a memory limit a leak grows until the node runs out of memory, and the kernel ' +
        'then kills processes of other pods too, not only the leaking one.',
    howToFix: 'Set `resources.limits.memory` to the most memory the container should ever use.',
    autoFix: false,
    peers: {
        polaris: 'memoryLimitsMissing',
        kubeLinter: 'unset-memory-requirements',
        kubeScore: 'container-resources',
        checkov: 'CKV_K8S_13',
    },
    checkContainer: (context) => missingResource(context, 'limits', 'memory', 'a leak grows until the node runs out of memory, and then processes of other pods are killed too.', '512Mi'),
};

;// CONCATENATED MODULE: ./src/checks/catalogue/memory-requests.ts

const memoryRequests = {
    id: 'memory-requests',
    title: 'Containers request memory',
    severity: 'warning',
    why: 'Without a memory request the scheduler may pack a pod onto a node without room for ' +
        'it, and under memory pressure the kubelet evicts pods that use more than they request first.',
    howToFix: 'Set `resources.requests.memory` to what the container uses under normal load.',
    autoFix: false,
    peers: {
        polaris: 'memoryRequestsMissing',
        kubeLinter: 'unset-memory-requirements',
        kubeScore: 'container-resources',
        checkov: 'CKV_K8S_12',
    },
    checkContainer: (context) => missingResource(context, 'requests', 'memory', 'the scheduler may place it on a node without room for it, and under memory pressure it is among the first evicted.', '256Mi'),
};

;// CONCATENATED MODULE: ./src/checks/catalogue/related.ts


/** Workload kinds whose pods are kept running by a controller. */
const CONTROLLERS = new Set(['Deployment', 'StatefulSet']);
/** The labels of a workload's pod template. */
function templateLabels(object) {
    const spec = mapGetMap(object.node, 'spec', object.document);
    const template = spec && mapGetMap(spec, 'template', object.document);
    return labelsOf(template && mapGetMap(template, 'metadata', object.document), object.document);
}
/** The `spec.selector` of a PodDisruptionBudget, or `spec.podSelector` of a NetworkPolicy. */
function selectorOf(object, key) {
    const spec = mapGetMap(object.node, 'spec', object.document);
    return spec && mapGetMap(spec, key, object.document);
}
/** PodDisruptionBudgets of the workspace that select these pod labels. */
function budgetsFor(context, namespace, labels) {
    // A PDB with an empty or missing selector selects nothing (policy/v1).
    if (Object.keys(labels).length === 0)
        return [];
    return context.workspace.inNamespace('PodDisruptionBudget', namespace).filter((pdb) => {
        const selector = selectorOf(pdb, 'selector');
        if (!selector || selector.items.length === 0)
            return false;
        return selectorMatches(selector, labels, pdb.document);
    });
}

;// CONCATENATED MODULE: ./src/checks/catalogue/network-policy.ts



/** The directions a NetworkPolicy isolates, defaulted the way the API defaults them. */
function directions(policy) {
    const doc = policy.document;
    const node = mapGetMap(policy.node, 'spec', doc);
    const result = new Set();
    const types = stringItems(node, 'policyTypes', doc).map((t) => t.text.toLowerCase());
    if (types.length > 0) {
        for (const type of types)
            result.add(type);
        return result;
    }
    // Without policyTypes: Ingress always, Egress when egress rules are present.
    result.add('ingress');
    if (node && findPair(node, 'egress', doc, 0))
        result.add('egress');
    return result;
}
const networkPolicy = {
    id: 'network-policy',
    title: 'Pods are isolated by NetworkPolicies for ingress and egress',
    severity: 'warning',
    why: 'A pod that no NetworkPolicy selects accepts connections from every pod in the cluster ' +
        'and can connect anywhere, so one compromised pod can reach it and it can reach everything.',
    howToFix: 'Add a NetworkPolicy in the same namespace whose `podSelector` matches the pod labels, ' +
        'with `policyTypes: [Ingress, Egress]` and rules for the traffic the pod needs.',
    autoFix: false,
    differences: 'A policy that isolates a direction without rules (default deny) satisfies it; Polaris requires at least one ingress and one egress rule, which would flag the strictest setup.',
    options: {
        'require-egress': {
            default: true,
            description: 'Also require a policy that restricts egress. Set to false where egress is ' +
                'controlled elsewhere (an egress gateway, a mesh).',
        },
    },
    peers: {
        polaris: 'missingNetworkPolicy',
        kubeLinter: 'non-isolated-pod',
        kubeScore: 'pod-networkpolicy',
    },
    checkPod(context) {
        if (!isMainPodSpec(context))
            return [];
        const labels = podLabels(context);
        const covered = new Set();
        for (const policy of sameNamespace(context, 'NetworkPolicy')) {
            const selector = selectorOf(policy, 'podSelector');
            // An empty podSelector selects every pod of the namespace.
            if (!selector ||
                (selector.items.length > 0 && !selectorMatches(selector, labels, policy.document)))
                continue;
            for (const direction of directions(policy))
                covered.add(direction);
        }
        const wanted = context.options['require-egress'] === false ? ['ingress'] : ['ingress', 'egress'];
        const missing = wanted.filter((d) => !covered.has(d));
        if (missing.length === 0)
            return [];
        const what = missing.length === 2 || covered.size === 0
            ? "no NetworkPolicy among the workspace's manifests selects its pods, so they accept connections from any pod and can connect anywhere"
            : missing[0] === 'ingress'
                ? 'no NetworkPolicy restricts ingress to its pods, so they accept connections from any pod'
                : 'no NetworkPolicy restricts egress from its pods, so a compromised pod can connect anywhere';
        return [
            podStart(context, `${podLabel(context)}: ${what}.`, `Add a NetworkPolicy selecting the pod labels with \`policyTypes: [Ingress, Egress]\` and rules for the traffic it needs${missing.length === 1 ? ` (or add ${missing[0] === 'ingress' ? 'Ingress' : 'Egress'} to an existing policy's policyTypes)` : ''}.`),
        ];
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/pdb-allows-disruption.ts


const pdbAllowsDisruption = {
    id: 'pdb-allows-disruption',
    title: 'PodDisruptionBudgets allow at least one disruption',
    severity: 'warning',
    why: 'A PodDisruptionBudget with `maxUnavailable: 0` or `minAvailable: 100%` never allows an ' +
        'eviction: node drains and cluster upgrades hang until someone deletes it by hand.',
    howToFix: 'Use `maxUnavailable: 1` (or a `minAvailable` below the replica count).',
    autoFix: false,
    peers: {
        polaris: 'pdbDisruptionsIsZero',
        kubeLinter: 'pdb-max-unavailable, pdb-min-available',
    },
    checkObject(context) {
        const { object, doc } = context;
        if (object.kind !== 'PodDisruptionBudget')
            return [];
        const spec = mapGetMap(object.node, 'spec', doc);
        const reports = [];
        const max = scalarAt(spec, 'maxUnavailable', doc);
        const maxValue = max && intOrPercent(max.value);
        if (max &&
            maxValue &&
            ('number' in maxValue ? maxValue.number : maxValue.percent) === 0) {
            reports.push({
                at: max.node,
                field: 'spec.maxUnavailable',
                message: `${objectLabel(object)} sets maxUnavailable: ${String(max.value)}: no pod it selects may ever be evicted, so node drains and upgrades hang.`,
                fix: 'Set `maxUnavailable: 1` (or a higher number or percentage).',
            });
        }
        const min = scalarAt(spec, 'minAvailable', doc);
        const minValue = min && intOrPercent(min.value);
        if (min && minValue && 'percent' in minValue && minValue.percent >= 100) {
            reports.push({
                at: min.node,
                field: 'spec.minAvailable',
                message: `${objectLabel(object)} sets minAvailable: ${String(min.value)}: every selected pod must stay up, so no eviction is ever allowed and node drains hang.`,
                fix: 'Replace it with `maxUnavailable: 1`, or lower minAvailable below 100%.',
            });
        }
        return reports;
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/hpa.ts

/** The HorizontalPodAutoscalers in the workspace that scale `object`. */
function autoscalersOf(context, object) {
    const autoscalers = context.workspace.inNamespace('HorizontalPodAutoscaler', object.namespace);
    return autoscalers.filter((hpa) => {
        const spec = mapGetMap(hpa.node, 'spec', hpa.document);
        const target = spec && mapGetMap(spec, 'scaleTargetRef', hpa.document);
        if (!target)
            return false;
        return (mapGetText(target, 'kind', hpa.document) === object.kind &&
            mapGetText(target, 'name', hpa.document) === object.name);
    });
}

;// CONCATENATED MODULE: ./src/checks/catalogue/pdb-vs-hpa.ts




const pdbVsHpa = {
    id: 'pdb-vs-hpa',
    title: "A PodDisruptionBudget leaves room at the autoscaler's minimum",
    severity: 'warning',
    why: 'When the autoscaler scales down to minReplicas and the PodDisruptionBudget requires at ' +
        'least that many pods available, no pod may be evicted: node drains and upgrades hang.',
    howToFix: "Lower the PodDisruptionBudget's minAvailable below the autoscaler's minReplicas, use " +
        '`maxUnavailable: 1`, or raise minReplicas.',
    autoFix: false,
    differences: "Reports a minAvailable equal to the autoscaler's minReplicas too (Polaris only reports greater): at the minimum scale that budget allows no eviction either.",
    peers: { polaris: 'pdbMinAvailableGreaterThanHPAMinReplicas' },
    checkObject(context) {
        const { object } = context;
        if (!CONTROLLERS.has(object.kind))
            return [];
        const hpas = autoscalersOf(context, object);
        if (hpas.length === 0)
            return [];
        const budgets = budgetsFor(context, object.namespace, templateLabels(object));
        const reports = [];
        const spec = mapGetMap(object.node, 'spec', context.doc);
        for (const hpa of hpas) {
            const hpaSpec = mapGetMap(hpa.node, 'spec', hpa.document);
            const minReplicas = scalarAt(hpaSpec, 'minReplicas', hpa.document);
            const floor = typeof minReplicas?.value === 'number' ? minReplicas.value : 1;
            if (!minReplicas)
                continue;
            for (const pdb of budgets) {
                const pdbSpec = mapGetMap(pdb.node, 'spec', pdb.document);
                const min = scalarAt(pdbSpec, 'minAvailable', pdb.document);
                const parsed = min && intOrPercent(min.value);
                if (!min || !parsed)
                    continue;
                // A percentage is of the current replicas, rounded up, as the disruption controller does.
                const required = 'number' in parsed ? parsed.number : Math.ceil((parsed.percent * floor) / 100);
                if (required < floor)
                    continue;
                reports.push({
                    at: spec ?? object.node,
                    span: 'start',
                    field: 'spec',
                    message: `${objectLabel(object)} is scaled by ${objectLabel(hpa)} down to ${floor} replicas, while ${objectLabel(pdb)} (${pdb.file.path}) requires minAvailable: ${String(min.value)} (${required} pods): at the minimum no pod may be evicted, so node drains hang.`,
                    fix: `Lower minAvailable of ${objectLabel(pdb)} below ${floor} (or use \`maxUnavailable: 1\`), or raise minReplicas of ${objectLabel(hpa)} above ${required}.`,
                });
            }
        }
        return reports;
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/pod-disruption-budget.ts



const podDisruptionBudget = {
    id: 'pod-disruption-budget',
    title: 'Deployments and StatefulSets have a PodDisruptionBudget',
    severity: 'warning',
    why: 'Without a PodDisruptionBudget a node drain or cluster upgrade may evict every replica ' +
        'at once; with one, evictions wait until enough replicas are running elsewhere.',
    howToFix: 'Add a PodDisruptionBudget in the same namespace whose `selector` matches the pod ' +
        'template labels, with `maxUnavailable: 1` (or a `minAvailable` below the replica count).',
    autoFix: false,
    differences: 'StatefulSets are checked as well as Deployments (as kube-score does).',
    peers: {
        polaris: 'missingPodDisruptionBudget',
        kubeScore: 'deployment-has-poddisruptionbudget',
    },
    checkObject(context) {
        const { object, doc } = context;
        if (!CONTROLLERS.has(object.kind))
            return [];
        const labels = templateLabels(object);
        if (budgetsFor(context, object.namespace, labels).length > 0)
            return [];
        const spec = mapGetMap(object.node, 'spec', doc);
        const reason = Object.keys(labels).length === 0
            ? 'its pod template has no labels, so no PodDisruptionBudget can select it'
            : `no PodDisruptionBudget in ${object.namespace ? `namespace "${object.namespace}"` : 'the same namespace'} among the workspace's manifests selects its pod labels`;
        return [
            {
                at: spec ?? object.node,
                span: 'start',
                field: 'spec.template.metadata.labels',
                message: `${objectLabel(object)} has no PodDisruptionBudget: ${reason}, so a node drain may evict all its replicas at once.`,
                fix: `Add a PodDisruptionBudget with \`maxUnavailable: 1\` and a selector matching the pod labels${Object.keys(labels).length
                    ? ` (${Object.entries(labels)
                        .map(([k, v]) => `${k}: ${v}`)
                        .join(', ')})`
                    : ''}.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/priority-class.ts

const priorityClass = {
    id: 'priority-class',
    title: 'Pods name a priority class',
    severity: 'warning',
    why: 'Without a priority class every pod has the same priority, so when the cluster is full ' +
        'the scheduler cannot preempt batch work for a critical service, and evicts in no useful order.',
    howToFix: "Set `priorityClassName` on the pod spec to one of the cluster's PriorityClasses.",
    autoFix: false,
    peers: { polaris: 'priorityClassNotSet' },
    checkPod(context) {
        if (!isMainPodSpec(context))
            return [];
        if (scalarAt(context.pod.node, 'priorityClassName', context.doc))
            return [];
        return [
            podStart(context, `${podLabel(context)} has no priorityClassName: when the cluster is full it cannot preempt less important pods, and it is evicted in no particular order.`, 'Add `priorityClassName: <class>` to the pod spec, naming a PriorityClass of the cluster.'),
        ];
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/privilege-escalation.ts

const privilegeEscalation = {
    id: 'privilege-escalation',
    title: 'Containers forbid privilege escalation',
    severity: 'error',
    why: 'Unless `allowPrivilegeEscalation` is false, a process can gain more rights than its ' +
        'parent through setuid binaries or file capabilities; the default is to allow it.',
    howToFix: 'Set `securityContext.allowPrivilegeEscalation: false` on the container.',
    autoFix: false,
    differences: 'A pod-level `allowPrivilegeEscalation` (which the API does not have and drops) counts for nothing, as in the kubelet.',
    peers: {
        polaris: 'privilegeEscalationAllowed',
        kubeLinter: 'privilege-escalation-container',
        checkov: 'CKV_K8S_20',
    },
    checkContainer(context) {
        const { container, doc, pod } = context;
        // Windows has no setuid; the API server rejects the field for Windows pods.
        if (isWindowsPod(pod, doc))
            return [];
        const found = effectiveSecurityField(context, 'allowPrivilegeEscalation');
        if (found?.value === false)
            return [];
        const securityContext = mapAt(container.node, ['securityContext'], doc);
        const message = found
            ? `${describe(context)} sets allowPrivilegeEscalation: ${String(found.value)}: setuid binaries and file capabilities let its processes gain rights their parent did not have.`
            : `${describe(context)} does not set allowPrivilegeEscalation, which defaults to true: setuid binaries and file capabilities let its processes gain rights their parent did not have.`;
        return [
            {
                at: found?.node ?? securityContext ?? container.node,
                span: found ? 'node' : 'start',
                field: `${container.path}.securityContext.allowPrivilegeEscalation`,
                container,
                message,
                fix: "Set `allowPrivilegeEscalation: false` in the container's securityContext (the pod-level securityContext has no such field).",
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/privileged.ts

const privileged = {
    id: 'privileged',
    title: 'Containers are not privileged',
    severity: 'error',
    why: 'A privileged container has every capability and every device of the node, with no ' +
        'seccomp or AppArmor confinement: root in it is root on the node.',
    howToFix: 'Remove `privileged: true`; add only the capabilities the container needs instead.',
    autoFix: false,
    peers: {
        polaris: 'runAsPrivileged',
        kubeLinter: 'privileged-container',
        kubeScore: 'container-security-context-privileged',
        checkov: 'CKV_K8S_16',
    },
    checkContainer(context) {
        const found = effectiveSecurityField(context, 'privileged');
        if (found?.value !== true)
            return [];
        return [
            {
                at: found.node,
                field: `${context.container.path}.securityContext.privileged`,
                container: context.container,
                message: `${describe(context)} is privileged: it gets every capability and device of the node without confinement, so root in the container is root on the node.`,
                fix: 'Remove `privileged: true` and add only the capabilities it needs under `securityContext.capabilities.add`.',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/probe-port.ts



const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];
const HANDLERS = ['httpGet', 'tcpSocket'];
const probePort = {
    id: 'probe-port',
    title: 'Probes aim at a port the container names',
    severity: 'warning',
    why: 'A probe that names a port the container does not declare can never connect: the pod is ' +
        'never ready (readiness) or is restarted forever (liveness, startup).',
    howToFix: "Name the port in the container's `ports` list (`- name: http, containerPort: 8080`) or " +
        'give the probe the port number.',
    autoFix: false,
    peers: { kubeLinter: 'liveness-port, readiness-port, startup-port' },
    checkContainer(context) {
        const { container, doc } = context;
        const names = new Set();
        for (const port of seqItems(container.node, 'ports', doc)) {
            const name = (0,dist/* isMap */.jh)(port) ? mapGetText(port, 'name', doc) : undefined;
            if (name)
                names.add(name);
        }
        const reports = [];
        for (const probe of PROBES) {
            for (const handler of HANDLERS) {
                const action = mapAt(container.node, [probe, handler], doc);
                const port = scalarAt(action, 'port', doc);
                // Numbers need no declaration: an undeclared numeric port still works.
                if (!port || typeof port.value !== 'string' || /^\d+$/.test(port.value))
                    continue;
                if (names.has(port.value))
                    continue;
                const declared = names.size
                    ? `it declares ${[...names].map((n) => `"${n}"`).join(', ')}`
                    : 'it declares no named ports';
                reports.push({
                    at: port.node,
                    field: `${container.path}.${probe}.${handler}.port`,
                    container,
                    message: `${describe(context)} has a ${probe} aimed at port "${port.value}", which it does not declare (${declared}): the probe can never connect, so the pod ${probe === 'readinessProbe' ? 'never becomes ready' : 'is restarted again and again'}.`,
                    fix: `Add \`- name: ${port.value}\` with its containerPort to the container's ports, or set the probe's port to the number.`,
                });
            }
        }
        return reports;
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/proc-mount.ts

const procMount = {
    id: 'proc-mount',
    title: 'Containers keep /proc masked',
    severity: 'warning',
    why: 'The container runtime hides and write-protects parts of /proc that expose the node ' +
        '(kernel settings, other processes). `procMount: Unmasked` removes that protection.',
    howToFix: 'Remove `procMount` or set it to `Default`.',
    autoFix: false,
    peers: { polaris: 'procMount', kubeLinter: 'unsafe-proc-mount' },
    checkContainer(context) {
        const found = effectiveSecurityField(context, 'procMount');
        if (!found || found.value === 'Default')
            return [];
        return [
            {
                at: found.node,
                field: `${context.container.path}.securityContext.procMount`,
                container: context.container,
                message: `${describe(context)} sets procMount: ${String(found.value)}: the parts of /proc that the runtime masks (kernel settings, node details) become readable and writable.`,
                fix: 'Remove `procMount` or set `procMount: Default`.',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/read-only-root-filesystem.ts

const readOnlyRootFilesystem = {
    id: 'read-only-root-filesystem',
    title: 'Containers have a read-only root filesystem',
    severity: 'warning',
    why: 'A writable root filesystem lets an attacker drop tools or change binaries and ' +
        'configuration inside a running container; with it read-only, writes go only to declared volumes.',
    howToFix: 'Set `securityContext.readOnlyRootFilesystem: true` and mount an emptyDir where the ' +
        'application writes (for example /tmp).',
    autoFix: false,
    differences: 'A pod-level `readOnlyRootFilesystem` (which the API does not have) counts for nothing, as in the kubelet.',
    peers: {
        polaris: 'notReadOnlyRootFilesystem',
        kubeLinter: 'no-read-only-root-fs',
        kubeScore: 'container-security-context-readonlyrootfilesystem',
        checkov: 'CKV_K8S_22',
    },
    checkContainer(context) {
        const { container, doc, pod } = context;
        if (isWindowsPod(pod, doc))
            return [];
        const found = effectiveSecurityField(context, 'readOnlyRootFilesystem');
        if (found?.value === true)
            return [];
        const securityContext = mapAt(container.node, ['securityContext'], doc);
        return [
            {
                at: found?.node ?? securityContext ?? container.node,
                span: found ? 'node' : 'start',
                field: `${container.path}.securityContext.readOnlyRootFilesystem`,
                container,
                message: `${describe(context)} ${found ? `sets readOnlyRootFilesystem: ${String(found.value)}` : 'does not set readOnlyRootFilesystem'}: anything running in it can change its binaries and configuration or drop new tools.`,
                fix: "Set `readOnlyRootFilesystem: true` in the container's securityContext and mount an emptyDir where it needs to write (such as /tmp).",
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/readiness-probe.ts

const readinessProbe = {
    id: 'readiness-probe',
    title: 'Containers have a readiness probe',
    severity: 'warning',
    why: 'Without a readiness probe a pod receives traffic as soon as its process starts, before ' +
        'it can serve, and keeps receiving it while it is overloaded or cut off from what it needs.',
    howToFix: 'Add a `readinessProbe` (httpGet, tcpSocket, grpc or exec) that succeeds only when the ' +
        'container can serve requests.',
    autoFix: false,
    differences: 'Required on every app container of a long-running workload, as Polaris does; kube-score asks for it only when a Service selects the pod, and accepts one probe kind per pod rather than per container.',
    peers: {
        polaris: 'readinessProbeMissing',
        kubeLinter: 'no-readiness-probe',
        kubeScore: 'pod-probes',
        checkov: 'CKV_K8S_9',
    },
    checkContainer: (context) => missingProbe(context, 'readinessProbe', 'Services send it traffic as soon as the process starts, before it can serve, and keep sending while it is overloaded.', 'Add a `readinessProbe` that succeeds only when the container can serve requests, for example an `httpGet` on its health endpoint.'),
};

;// CONCATENATED MODULE: ./src/checks/catalogue/replicas.ts



const replicas = {
    id: 'replicas',
    title: 'Deployments run at least two replicas',
    severity: 'warning',
    why: 'A Deployment with one replica is down whenever its pod is: on every node drain, ' +
        'eviction, crash and, with some strategies, every rollout.',
    howToFix: 'Set `spec.replicas` to 2 or more, or let a HorizontalPodAutoscaler with `minReplicas: 2` manage it.',
    autoFix: false,
    differences: 'A Deployment that an autoscaler targets, or that is scaled to 0 on purpose, is not reported.',
    options: {
        minimum: {
            default: 2,
            description: 'The fewest replicas a Deployment may run (kube-linter asks for 3). A Deployment ' +
                'scaled to 0 on purpose is never reported.',
        },
    },
    peers: {
        polaris: 'deploymentMissingReplicas',
        kubeLinter: 'minimum-three-replicas',
        kubeScore: 'deployment-replicas',
    },
    checkObject(context) {
        const { object, doc, options } = context;
        if (object.kind !== 'Deployment')
            return [];
        const minimum = typeof options.minimum === 'number' ? options.minimum : 2;
        const spec = mapGetMap(object.node, 'spec', doc);
        if (!spec)
            return [];
        // An autoscaler owns the replica count; hpa-min-replicas checks its minimum.
        if (autoscalersOf(context, object).length > 0)
            return [];
        const found = scalarAt(spec, 'replicas', doc);
        if (typeof found?.value === 'number' && found.value >= minimum)
            return [];
        // Zero is a deliberate "scaled down", not an availability mistake.
        if (found?.value === 0)
            return [];
        const message = found
            ? `${objectLabel(object)} runs ${String(found.value)} replicas, fewer than ${minimum}: it is down whenever that pod is (node drains, evictions, crashes).`
            : `${objectLabel(object)} does not set replicas, so it runs 1: it is down whenever that pod is (node drains, evictions, crashes).`;
        return [
            {
                at: found?.node ?? spec,
                span: found ? 'node' : 'start',
                field: 'spec.replicas',
                message,
                fix: `Set \`spec.replicas: ${minimum}\` or more, or target the Deployment with a HorizontalPodAutoscaler.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/run-as-non-root.ts

const runAsNonRoot = {
    id: 'run-as-non-root',
    title: 'Containers cannot run as root',
    severity: 'error',
    why: 'A container that runs as UID 0 is one kernel bug or one mounted path away from root on ' +
        'the node. `runAsNonRoot: true` makes the kubelet refuse to start an image whose user is root.',
    howToFix: 'Set `runAsNonRoot: true` (and a non-zero `runAsUser` if the image has no numeric user) ' +
        'in the pod or container securityContext.',
    autoFix: false,
    peers: {
        polaris: 'runAsRootAllowed',
        kubeLinter: 'run-as-non-root',
        checkov: 'CKV_K8S_23',
    },
    checkContainer(context) {
        const { container, doc, pod } = context;
        // Windows containers use runAsUserName; UIDs do not apply.
        if (isWindowsPod(pod, doc))
            return [];
        const nonRoot = effectiveSecurityField(context, 'runAsNonRoot');
        const user = effectiveSecurityField(context, 'runAsUser');
        const uid = typeof user?.value === 'number' ? user.value : undefined;
        if (uid === 0) {
            return [
                {
                    at: user?.node,
                    field: `${container.path}.securityContext.runAsUser`,
                    container,
                    message: `${describe(context)} runs as UID 0 (runAsUser: 0${user?.level === 'pod' ? ' in the pod securityContext' : ''}): it is root, one kernel bug or mounted path away from root on the node.`,
                    fix: 'Set `runAsUser` to a non-zero UID that the image can run as, and `runAsNonRoot: true`.',
                },
            ];
        }
        if (nonRoot?.value === true || (uid !== undefined && uid > 0))
            return [];
        const securityContext = mapAt(container.node, ['securityContext'], doc);
        return [
            {
                at: nonRoot?.node ?? securityContext ?? container.node,
                span: nonRoot ? 'node' : 'start',
                field: `${container.path}.securityContext.runAsNonRoot`,
                container,
                message: `${describe(context)} may run as root: ${nonRoot ? `runAsNonRoot is ${String(nonRoot.value)}` : 'neither runAsNonRoot nor a non-zero runAsUser is set'} in its or the pod's securityContext, so an image whose user is root starts as root.`,
                fix: "Set `runAsNonRoot: true` in the pod securityContext (or the container's), with `runAsUser: <uid>` if the image has no numeric non-root user.",
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/util/did-you-mean.ts
/** Edit distance between two short strings (names, keys, check ids). */
function editDistance(a, b) {
    const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + cost);
            diagonal = above;
        }
    }
    return previous[b.length];
}
/** The closest candidate when it is close enough to be a likely typo. */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    const lower = word.toLowerCase();
    for (const candidate of candidates) {
        const distance = editDistance(lower, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const allowed = Math.max(2, Math.floor(word.length / 3));
    return bestDistance <= allowed ? best : undefined;
}
/** ` Did you mean "x"?` or an empty string. */
function didYouMean(word, candidates) {
    const match = closest(word, candidates);
    return match ? ` Did you mean "${match}"?` : '';
}

;// CONCATENATED MODULE: ./src/checks/schema/pod-spec.json
const pod_spec_namespaceObject = /*#__PURE__*/JSON.parse('{"source":"kubernetes-models 5.1.0, generated from the Kubernetes API OpenAPI definitions","generator":".ci/gen-k8s-schema.ts","definitions":{"AWSElasticBlockStoreVolumeSource":{"fsType":"string","partition":"number","readOnly":"boolean","volumeID":"string"},"Affinity":{"nodeAffinity":"ref:NodeAffinity","podAffinity":"ref:PodAffinity","podAntiAffinity":"ref:PodAntiAffinity"},"AppArmorProfile":{"localhostProfile":"string","type":"enum:Localhost|RuntimeDefault|Unconfined"},"AzureDiskVolumeSource":{"cachingMode":"enum:None|ReadOnly|ReadWrite","diskName":"string","diskURI":"string","fsType":"string","kind":"enum:Dedicated|Managed|Shared","readOnly":"boolean"},"AzureFileVolumeSource":{"readOnly":"boolean","secretName":"string","shareName":"string"},"CSIVolumeSource":{"driver":"string","fsType":"string","nodePublishSecretRef":"ref:LocalObjectReference","readOnly":"boolean","volumeAttributes":"map:string"},"Capabilities":{"add":"array:string","drop":"array:string"},"CephFSVolumeSource":{"monitors":"array:string","path":"string","readOnly":"boolean","secretFile":"string","secretRef":"ref:LocalObjectReference","user":"string"},"CinderVolumeSource":{"fsType":"string","readOnly":"boolean","secretRef":"ref:LocalObjectReference","volumeID":"string"},"ClusterTrustBundleProjection":{"labelSelector":"object","name":"string","optional":"boolean","path":"string","signerName":"string"},"ConfigMapEnvSource":{"name":"string","optional":"boolean"},"ConfigMapKeySelector":{"key":"string","name":"string","optional":"boolean"},"ConfigMapProjection":{"items":"array:ref:KeyToPath","name":"string","optional":"boolean"},"ConfigMapVolumeSource":{"defaultMode":"number","items":"array:ref:KeyToPath","name":"string","optional":"boolean"},"Container":{"args":"array:string","command":"array:string","env":"array:ref:EnvVar","envFrom":"array:ref:EnvFromSource","image":"string","imagePullPolicy":"enum:Always|IfNotPresent|Never","lifecycle":"ref:Lifecycle","livenessProbe":"ref:Probe","name":"string","ports":"array:ref:ContainerPort","readinessProbe":"ref:Probe","resizePolicy":"array:ref:ContainerResizePolicy","resources":"ref:ResourceRequirements","restartPolicy":"string","restartPolicyRules":"array:ref:ContainerRestartRule","securityContext":"ref:SecurityContext","startupProbe":"ref:Probe","stdin":"boolean","stdinOnce":"boolean","terminationMessagePath":"string","terminationMessagePolicy":"enum:FallbackToLogsOnError|File","tty":"boolean","volumeDevices":"array:ref:VolumeDevice","volumeMounts":"array:ref:VolumeMount","workingDir":"string"},"ContainerPort":{"containerPort":"number","hostIP":"string","hostPort":"number","name":"string","protocol":"enum:SCTP|TCP|UDP"},"ContainerResizePolicy":{"resourceName":"string","restartPolicy":"string"},"ContainerRestartRule":{"action":"string","exitCodes":"ref:ContainerRestartRuleOnExitCodes"},"ContainerRestartRuleOnExitCodes":{"operator":"string","values":"array:number"},"DownwardAPIProjection":{"items":"array:ref:DownwardAPIVolumeFile"},"DownwardAPIVolumeFile":{"fieldRef":"ref:ObjectFieldSelector","mode":"number","path":"string","resourceFieldRef":"ref:ResourceFieldSelector"},"DownwardAPIVolumeSource":{"defaultMode":"number","items":"array:ref:DownwardAPIVolumeFile"},"EmptyDirVolumeSource":{"medium":"string","sizeLimit":"quantity"},"EnvFromSource":{"configMapRef":"ref:ConfigMapEnvSource","prefix":"string","secretRef":"ref:SecretEnvSource"},"EnvVar":{"name":"string","value":"string","valueFrom":"ref:EnvVarSource"},"EnvVarSource":{"configMapKeyRef":"ref:ConfigMapKeySelector","fieldRef":"ref:ObjectFieldSelector","fileKeyRef":"ref:FileKeySelector","resourceFieldRef":"ref:ResourceFieldSelector","secretKeyRef":"ref:SecretKeySelector"},"EphemeralContainer":{"args":"array:string","command":"array:string","env":"array:ref:EnvVar","envFrom":"array:ref:EnvFromSource","image":"string","imagePullPolicy":"enum:Always|IfNotPresent|Never","lifecycle":"ref:Lifecycle","livenessProbe":"ref:Probe","name":"string","ports":"array:ref:ContainerPort","readinessProbe":"ref:Probe","resizePolicy":"array:ref:ContainerResizePolicy","resources":"ref:ResourceRequirements","restartPolicy":"string","restartPolicyRules":"array:ref:ContainerRestartRule","securityContext":"ref:SecurityContext","startupProbe":"ref:Probe","stdin":"boolean","stdinOnce":"boolean","targetContainerName":"string","terminationMessagePath":"string","terminationMessagePolicy":"enum:FallbackToLogsOnError|File","tty":"boolean","volumeDevices":"array:ref:VolumeDevice","volumeMounts":"array:ref:VolumeMount","workingDir":"string"},"EphemeralVolumeSource":{"volumeClaimTemplate":"ref:PersistentVolumeClaimTemplate"},"ExecAction":{"command":"array:string"},"FCVolumeSource":{"fsType":"string","lun":"number","readOnly":"boolean","targetWWNs":"array:string","wwids":"array:string"},"FileKeySelector":{"key":"string","optional":"boolean","path":"string","volumeName":"string"},"FlexVolumeSource":{"driver":"string","fsType":"string","options":"map:string","readOnly":"boolean","secretRef":"ref:LocalObjectReference"},"FlockerVolumeSource":{"datasetName":"string","datasetUUID":"string"},"GCEPersistentDiskVolumeSource":{"fsType":"string","partition":"number","pdName":"string","readOnly":"boolean"},"GRPCAction":{"port":"number","service":"string"},"GitRepoVolumeSource":{"directory":"string","repository":"string","revision":"string"},"GlusterfsVolumeSource":{"endpoints":"string","path":"string","readOnly":"boolean"},"HTTPGetAction":{"host":"string","httpHeaders":"array:ref:HTTPHeader","path":"string","port":"int-or-string","scheme":"enum:HTTP|HTTPS"},"HTTPHeader":{"name":"string","value":"string"},"HostAlias":{"hostnames":"array:string","ip":"string"},"HostPathVolumeSource":{"path":"string","type":"enum:|BlockDevice|CharDevice|Directory|DirectoryOrCreate|File|FileOrCreate|Socket"},"ISCSIVolumeSource":{"chapAuthDiscovery":"boolean","chapAuthSession":"boolean","fsType":"string","initiatorName":"string","iqn":"string","iscsiInterface":"string","lun":"number","portals":"array:string","readOnly":"boolean","secretRef":"ref:LocalObjectReference","targetPortal":"string"},"ImageVolumeSource":{"pullPolicy":"enum:Always|IfNotPresent|Never","reference":"string"},"KeyToPath":{"key":"string","mode":"number","path":"string"},"Lifecycle":{"postStart":"ref:LifecycleHandler","preStop":"ref:LifecycleHandler","stopSignal":"enum:SIGABRT|SIGALRM|SIGBUS|SIGCHLD|SIGCLD|SIGCONT|SIGFPE|SIGHUP|SIGILL|SIGINT|SIGIO|SIGIOT|SIGKILL|SIGPIPE|SIGPOLL|SIGPROF|SIGPWR|SIGQUIT|SIGRTMAX|SIGRTMAX-1|SIGRTMAX-10|SIGRTMAX-11|SIGRTMAX-12|SIGRTMAX-13|SIGRTMAX-14|SIGRTMAX-2|SIGRTMAX-3|SIGRTMAX-4|SIGRTMAX-5|SIGRTMAX-6|SIGRTMAX-7|SIGRTMAX-8|SIGRTMAX-9|SIGRTMIN|SIGRTMIN+1|SIGRTMIN+10|SIGRTMIN+11|SIGRTMIN+12|SIGRTMIN+13|SIGRTMIN+14|SIGRTMIN+15|SIGRTMIN+2|SIGRTMIN+3|SIGRTMIN+4|SIGRTMIN+5|SIGRTMIN+6|SIGRTMIN+7|SIGRTMIN+8|SIGRTMIN+9|SIGSEGV|SIGSTKFLT|SIGSTOP|SIGSYS|SIGTERM|SIGTRAP|SIGTSTP|SIGTTIN|SIGTTOU|SIGURG|SIGUSR1|SIGUSR2|SIGVTALRM|SIGWINCH|SIGXCPU|SIGXFSZ"},"LifecycleHandler":{"exec":"ref:ExecAction","httpGet":"ref:HTTPGetAction","sleep":"ref:SleepAction","tcpSocket":"ref:TCPSocketAction"},"LocalObjectReference":{"name":"string"},"NFSVolumeSource":{"path":"string","readOnly":"boolean","server":"string"},"NodeAffinity":{"preferredDuringSchedulingIgnoredDuringExecution":"array:ref:PreferredSchedulingTerm","requiredDuringSchedulingIgnoredDuringExecution":"ref:NodeSelector"},"NodeSelector":{"nodeSelectorTerms":"array:ref:NodeSelectorTerm"},"NodeSelectorRequirement":{"key":"string","operator":"enum:DoesNotExist|Exists|Gt|In|Lt|NotIn","values":"array:string"},"NodeSelectorTerm":{"matchExpressions":"array:ref:NodeSelectorRequirement","matchFields":"array:ref:NodeSelectorRequirement"},"ObjectFieldSelector":{"apiVersion":"string","fieldPath":"string"},"PersistentVolumeClaimSpec":{"accessModes":"array:enum:ReadOnlyMany|ReadWriteMany|ReadWriteOnce|ReadWriteOncePod","dataSource":"ref:TypedLocalObjectReference","dataSourceRef":"ref:TypedObjectReference","resources":"ref:VolumeResourceRequirements","selector":"object","storageClassName":"string","volumeAttributesClassName":"string","volumeMode":"enum:Block|Filesystem","volumeName":"string"},"PersistentVolumeClaimTemplate":{"metadata":"object","spec":"ref:PersistentVolumeClaimSpec"},"PersistentVolumeClaimVolumeSource":{"claimName":"string","readOnly":"boolean"},"PhotonPersistentDiskVolumeSource":{"fsType":"string","pdID":"string"},"PodAffinity":{"preferredDuringSchedulingIgnoredDuringExecution":"array:ref:WeightedPodAffinityTerm","requiredDuringSchedulingIgnoredDuringExecution":"array:ref:PodAffinityTerm"},"PodAffinityTerm":{"labelSelector":"object","matchLabelKeys":"array:string","mismatchLabelKeys":"array:string","namespaceSelector":"object","namespaces":"array:string","topologyKey":"string"},"PodAntiAffinity":{"preferredDuringSchedulingIgnoredDuringExecution":"array:ref:WeightedPodAffinityTerm","requiredDuringSchedulingIgnoredDuringExecution":"array:ref:PodAffinityTerm"},"PodCertificateProjection":{"certificateChainPath":"string","credentialBundlePath":"string","keyPath":"string","keyType":"string","maxExpirationSeconds":"number","signerName":"string","userAnnotations":"map:string"},"PodDNSConfig":{"nameservers":"array:string","options":"array:ref:PodDNSConfigOption","searches":"array:string"},"PodDNSConfigOption":{"name":"string","value":"string"},"PodOS":{"name":"string"},"PodReadinessGate":{"conditionType":"string"},"PodResourceClaim":{"name":"string","resourceClaimName":"string","resourceClaimTemplateName":"string"},"PodSchedulingGate":{"name":"string"},"PodSchedulingGroup":{"podGroupName":"string"},"PodSecurityContext":{"appArmorProfile":"ref:AppArmorProfile","fsGroup":"number","fsGroupChangePolicy":"enum:Always|OnRootMismatch","runAsGroup":"number","runAsNonRoot":"boolean","runAsUser":"number","seLinuxChangePolicy":"string","seLinuxOptions":"ref:SELinuxOptions","seccompProfile":"ref:SeccompProfile","supplementalGroups":"array:number","supplementalGroupsPolicy":"enum:Merge|Strict","sysctls":"array:ref:Sysctl","windowsOptions":"ref:WindowsSecurityContextOptions"},"PodSpec":{"activeDeadlineSeconds":"number","affinity":"ref:Affinity","automountServiceAccountToken":"boolean","containers":"array:ref:Container","dnsConfig":"ref:PodDNSConfig","dnsPolicy":"enum:ClusterFirst|ClusterFirstWithHostNet|Default|None","enableServiceLinks":"boolean","ephemeralContainers":"array:ref:EphemeralContainer","hostAliases":"array:ref:HostAlias","hostIPC":"boolean","hostNetwork":"boolean","hostPID":"boolean","hostUsers":"boolean","hostname":"string","hostnameOverride":"string","imagePullSecrets":"array:ref:LocalObjectReference","initContainers":"array:ref:Container","nodeName":"string","nodeSelector":"map:string","os":"ref:PodOS","overhead":"map:quantity","preemptionPolicy":"enum:Never|PreemptLowerPriority","priority":"number","priorityClassName":"string","readinessGates":"array:ref:PodReadinessGate","resourceClaims":"array:ref:PodResourceClaim","resources":"ref:ResourceRequirements","restartPolicy":"enum:Always|Never|OnFailure","runtimeClassName":"string","schedulerName":"string","schedulingGates":"array:ref:PodSchedulingGate","schedulingGroup":"ref:PodSchedulingGroup","securityContext":"ref:PodSecurityContext","serviceAccount":"string","serviceAccountName":"string","setHostnameAsFQDN":"boolean","shareProcessNamespace":"boolean","subdomain":"string","terminationGracePeriodSeconds":"number","tolerations":"array:ref:Toleration","topologySpreadConstraints":"array:ref:TopologySpreadConstraint","volumes":"array:ref:Volume"},"PortworxVolumeSource":{"fsType":"string","readOnly":"boolean","volumeID":"string"},"PreferredSchedulingTerm":{"preference":"ref:NodeSelectorTerm","weight":"number"},"Probe":{"exec":"ref:ExecAction","failureThreshold":"number","grpc":"ref:GRPCAction","httpGet":"ref:HTTPGetAction","initialDelaySeconds":"number","periodSeconds":"number","successThreshold":"number","tcpSocket":"ref:TCPSocketAction","terminationGracePeriodSeconds":"number","timeoutSeconds":"number"},"ProjectedVolumeSource":{"defaultMode":"number","sources":"array:ref:VolumeProjection"},"QuobyteVolumeSource":{"group":"string","readOnly":"boolean","registry":"string","tenant":"string","user":"string","volume":"string"},"RBDVolumeSource":{"fsType":"string","image":"string","keyring":"string","monitors":"array:string","pool":"string","readOnly":"boolean","secretRef":"ref:LocalObjectReference","user":"string"},"ResourceClaim":{"name":"string","request":"string"},"ResourceFieldSelector":{"containerName":"string","divisor":"quantity","resource":"string"},"ResourceRequirements":{"claims":"array:ref:ResourceClaim","limits":"map:quantity","requests":"map:quantity"},"SELinuxOptions":{"level":"string","role":"string","type":"string","user":"string"},"ScaleIOVolumeSource":{"fsType":"string","gateway":"string","protectionDomain":"string","readOnly":"boolean","secretRef":"ref:LocalObjectReference","sslEnabled":"boolean","storageMode":"string","storagePool":"string","system":"string","volumeName":"string"},"SeccompProfile":{"localhostProfile":"string","type":"enum:Localhost|RuntimeDefault|Unconfined"},"SecretEnvSource":{"name":"string","optional":"boolean"},"SecretKeySelector":{"key":"string","name":"string","optional":"boolean"},"SecretProjection":{"items":"array:ref:KeyToPath","name":"string","optional":"boolean"},"SecretVolumeSource":{"defaultMode":"number","items":"array:ref:KeyToPath","optional":"boolean","secretName":"string"},"SecurityContext":{"allowPrivilegeEscalation":"boolean","appArmorProfile":"ref:AppArmorProfile","capabilities":"ref:Capabilities","privileged":"boolean","procMount":"enum:Default|Unmasked","readOnlyRootFilesystem":"boolean","runAsGroup":"number","runAsNonRoot":"boolean","runAsUser":"number","seLinuxOptions":"ref:SELinuxOptions","seccompProfile":"ref:SeccompProfile","windowsOptions":"ref:WindowsSecurityContextOptions"},"ServiceAccountTokenProjection":{"audience":"string","expirationSeconds":"number","path":"string"},"SleepAction":{"seconds":"number"},"StorageOSVolumeSource":{"fsType":"string","readOnly":"boolean","secretRef":"ref:LocalObjectReference","volumeName":"string","volumeNamespace":"string"},"Sysctl":{"name":"string","value":"string"},"TCPSocketAction":{"host":"string","port":"int-or-string"},"Toleration":{"effect":"enum:NoExecute|NoSchedule|PreferNoSchedule","key":"string","operator":"enum:Equal|Exists|Gt|Lt","tolerationSeconds":"number","value":"string"},"TopologySpreadConstraint":{"labelSelector":"object","matchLabelKeys":"array:string","maxSkew":"number","minDomains":"number","nodeAffinityPolicy":"enum:Honor|Ignore","nodeTaintsPolicy":"enum:Honor|Ignore","topologyKey":"string","whenUnsatisfiable":"enum:DoNotSchedule|ScheduleAnyway"},"TypedLocalObjectReference":{"apiGroup":"string","kind":"string","name":"string"},"TypedObjectReference":{"apiGroup":"string","kind":"string","name":"string","namespace":"string"},"Volume":{"awsElasticBlockStore":"ref:AWSElasticBlockStoreVolumeSource","azureDisk":"ref:AzureDiskVolumeSource","azureFile":"ref:AzureFileVolumeSource","cephfs":"ref:CephFSVolumeSource","cinder":"ref:CinderVolumeSource","configMap":"ref:ConfigMapVolumeSource","csi":"ref:CSIVolumeSource","downwardAPI":"ref:DownwardAPIVolumeSource","emptyDir":"ref:EmptyDirVolumeSource","ephemeral":"ref:EphemeralVolumeSource","fc":"ref:FCVolumeSource","flexVolume":"ref:FlexVolumeSource","flocker":"ref:FlockerVolumeSource","gcePersistentDisk":"ref:GCEPersistentDiskVolumeSource","gitRepo":"ref:GitRepoVolumeSource","glusterfs":"ref:GlusterfsVolumeSource","hostPath":"ref:HostPathVolumeSource","image":"ref:ImageVolumeSource","iscsi":"ref:ISCSIVolumeSource","name":"string","nfs":"ref:NFSVolumeSource","persistentVolumeClaim":"ref:PersistentVolumeClaimVolumeSource","photonPersistentDisk":"ref:PhotonPersistentDiskVolumeSource","portworxVolume":"ref:PortworxVolumeSource","projected":"ref:ProjectedVolumeSource","quobyte":"ref:QuobyteVolumeSource","rbd":"ref:RBDVolumeSource","scaleIO":"ref:ScaleIOVolumeSource","secret":"ref:SecretVolumeSource","storageos":"ref:StorageOSVolumeSource","vsphereVolume":"ref:VsphereVirtualDiskVolumeSource"},"VolumeDevice":{"devicePath":"string","name":"string"},"VolumeMount":{"mountPath":"string","mountPropagation":"enum:Bidirectional|HostToContainer|None","name":"string","readOnly":"boolean","recursiveReadOnly":"string","subPath":"string","subPathExpr":"string"},"VolumeProjection":{"clusterTrustBundle":"ref:ClusterTrustBundleProjection","configMap":"ref:ConfigMapProjection","downwardAPI":"ref:DownwardAPIProjection","podCertificate":"ref:PodCertificateProjection","secret":"ref:SecretProjection","serviceAccountToken":"ref:ServiceAccountTokenProjection"},"VolumeResourceRequirements":{"limits":"map:quantity","requests":"map:quantity"},"VsphereVirtualDiskVolumeSource":{"fsType":"string","storagePolicyID":"string","storagePolicyName":"string","volumePath":"string"},"WeightedPodAffinityTerm":{"podAffinityTerm":"ref:PodAffinityTerm","weight":"number"},"WindowsSecurityContextOptions":{"gmsaCredentialSpec":"string","gmsaCredentialSpecName":"string","hostProcess":"boolean","runAsUserName":"string"}}}');
;// CONCATENATED MODULE: ./src/checks/schema/pod-schema.ts

const POD_SCHEMA = pod_spec_namespaceObject;

;// CONCATENATED MODULE: ./src/checks/catalogue/schema.ts





/** API groups whose pod specs are the core PodSpec; custom resources may extend it. */
const CORE_API = /^(v1|apps\/v1\w*|batch\/v1\w*|extensions\/v1beta1)$/;
const TYPE_NAMES = {
    string: 'a string',
    number: 'a number',
    boolean: 'true or false',
    'int-or-string': 'a number or a name',
    quantity: 'a quantity such as 500m or 256Mi',
};
const schema = {
    id: 'schema',
    title: 'Pod specs match the Kubernetes API schema',
    severity: 'error',
    why: 'The API server silently drops fields it does not know, so a misspelled ' +
        '`imagePullpolicy` or `readinessprobe` has no effect and the pod runs with the default; ' +
        'wrong types and values outside an enum make the whole object fail to apply.',
    howToFix: 'Spell the field as the API does (names are case-sensitive), give it the documented type, ' +
        'and use one of the accepted values.',
    autoFix: false,
    differences: 'No peer checks this. Only core workloads (v1, apps, batch) are checked, since custom resources may extend the pod spec; values with `${...}` or `{{ }}` placeholders are left alone.',
    peers: {},
    checkPod(context) {
        if (!CORE_API.test(context.object.apiVersion) || !isMainPodSpec(context))
            return [];
        const walk = { context, doc: context.doc, reports: [] };
        checkMap(walk, context.pod.node, 'PodSpec', context.pod.path);
        return walk.reports;
    },
};
function subject(walk) {
    return walk.container
        ? describe({ ...walk.context, container: walk.container })
        : podLabel(walk.context);
}
function checkMap(walk, map, definition, path) {
    const fields = POD_SCHEMA.definitions[definition];
    if (!fields)
        return;
    for (const pair of map.items) {
        const key = scalarText(pair.key);
        if (key === undefined || key === '<<')
            continue;
        const fieldPath = `${path}.${key}`;
        const type = fields[key];
        if (type === undefined) {
            const suggestion = closest(key, Object.keys(fields));
            walk.reports.push({
                at: pair.key,
                field: fieldPath,
                container: walk.container,
                message: `${subject(walk)} has field "${key}", which ${definition} does not have: the API server drops unknown fields, so it has no effect${suggestion ? `. Did you mean "${suggestion}"?` : '.'}`,
                fix: suggestion
                    ? `Rename "${key}" to "${suggestion}".`
                    : `Remove "${key}" or move it to where the API defines it.`,
            });
            continue;
        }
        checkValue(walk, nodes_resolve(pair.value, walk.doc), type, fieldPath, key);
    }
}
function checkValue(walk, node, type, path, key) {
    // null (or nothing) means "not set" to the API server.
    if (!node || ((0,dist/* isScalar */.jn)(node) && node.value === null))
        return;
    if (type === 'object')
        return;
    if (type.startsWith('ref:')) {
        if (!(0,dist/* isMap */.jh)(node))
            return wrongType(walk, node, path, key, 'a mapping');
        return checkMap(walk, node, type.slice(4), path);
    }
    if (type.startsWith('array:')) {
        if (!(0,dist/* isSeq */.oP)(node))
            return wrongType(walk, node, path, key, 'a list');
        const itemType = type.slice(6);
        node.items.forEach((item, index) => {
            const resolved = nodes_resolve(item, walk.doc);
            const previous = walk.container;
            if (itemType === 'ref:Container' || itemType === 'ref:EphemeralContainer') {
                walk.container =
                    walk.context.pod.containers.find((c) => c.node === resolved) ?? previous;
            }
            checkValue(walk, resolved, itemType, `${path}[${index}]`, key);
            walk.container = previous;
        });
        return;
    }
    if (type.startsWith('map:')) {
        if (!(0,dist/* isMap */.jh)(node))
            return wrongType(walk, node, path, key, 'a mapping');
        for (const pair of node.items) {
            const name = scalarText(pair.key) ?? '';
            checkValue(walk, nodes_resolve(pair.value, walk.doc), type.slice(4), `${path}.${name}`, name);
        }
        return;
    }
    if (!(0,dist/* isScalar */.jn)(node))
        return wrongType(walk, node, path, key, TYPE_NAMES[type] ?? 'a value');
    const value = node.value;
    // Placeholders of envsubst, Helm or kustomize replacements are filled in later.
    if (typeof value === 'string' && /\$\{|\{\{|\$\(/.test(value))
        return;
    if (type.startsWith('enum:')) {
        // image-pull-policy reports a bad policy value with the defaulting explained; a
        // second finding on the same value would only be noise.
        if (key === 'imagePullPolicy')
            return;
        const accepted = type.slice(5).split('|');
        if (typeof value === 'string' && accepted.includes(value))
            return;
        const shown = String(value);
        const sameLetters = accepted.find((a) => a.toLowerCase() === shown.toLowerCase());
        const near = sameLetters ?? closest(shown, accepted);
        walk.reports.push({
            at: node,
            field: path,
            container: walk.container,
            message: `${subject(walk)} sets ${key} to "${shown}", which the API server rejects: it accepts ${accepted.join(', ')}${sameLetters ? ' (case-sensitive)' : ''}.${near ? ` Did you mean "${near}"?` : ''}`,
            fix: `Set ${key} to ${near ? `"${near}"` : `one of ${accepted.join(', ')}`}.`,
        });
        return;
    }
    const ok = (type === 'string' && typeof value === 'string') ||
        (type === 'number' && typeof value === 'number') ||
        (type === 'boolean' && typeof value === 'boolean') ||
        ((type === 'int-or-string' || type === 'quantity') &&
            (typeof value === 'string' || typeof value === 'number'));
    if (!ok)
        wrongType(walk, node, path, key, TYPE_NAMES[type] ?? type);
}
function wrongType(walk, node, path, key, expected) {
    const shown = (0,dist/* isScalar */.jn)(node)
        ? `${typeof node.value === 'string' ? `the string "${node.value}"` : String(node.value)}`
        : (0,dist/* isSeq */.oP)(node)
            ? 'a list'
            : 'a mapping';
    const quoteHint = (0,dist/* isScalar */.jn)(node) &&
        typeof node.value === 'string' &&
        expected !== 'a mapping' &&
        expected !== 'a list'
        ? ' (remove the quotes)'
        : (0,dist/* isScalar */.jn)(node) && expected === 'a string'
            ? ' (quote it)'
            : '';
    walk.reports.push({
        at: node,
        field: path,
        container: walk.container,
        message: `${subject(walk)} sets ${key} to ${shown}, but the API expects ${expected}: the API server rejects the object.`,
        fix: `Write ${key} as ${expected}${quoteHint}.`,
    });
}

;// CONCATENATED MODULE: ./src/checks/catalogue/secret-in-env.ts



/** Variable names that hold credentials by convention. */
const SECRET_NAMES = [
    /^AWS_SECRET_ACCESS_KEY$/i,
    /^AWS_SESSION_TOKEN$/i,
    /^GOOGLE_APPLICATION_CREDENTIALS$/i,
    /^AZURE_.+KEY$/i,
    /^OCI_CLI_KEY_CONTENT$/i,
    /passw(or)?d/i,
    /passphrase/i,
    /secret/i,
    /token/i,
    /bearer/i,
    /api_?key/i,
    /private_?key/i,
    /credentials?$/i,
];
/** Values that are credentials whatever the variable is called. */
const SECRET_VALUES = [
    /-+BEGIN\s+(?:[A-Z0-9]+\s+)*PRIVATE KEY-+/i,
    /^AKIA[0-9A-Z]{16}$/,
    /^gh[pousr]_[A-Za-z0-9]{30,}$/,
    /^xox[abpors]-[A-Za-z0-9-]{10,}$/,
    /^sk_live_[A-Za-z0-9]{20,}$/,
    /^glpat-[A-Za-z0-9_-]{20}$/,
];
/**
 * Values that name where a secret is rather than being one: a file path, a reference to
 * another variable, a URL without credentials, a switch. A placeholder (`changeme`,
 * `<password>`) is not one of them: it is still a literal where a secretKeyRef belongs,
 * and often the value that ships.
 */
function isReference(value) {
    const trimmed = value.trim();
    if (trimmed === '')
        return true;
    if (/^(true|false|yes|no|on|off|enabled?|disabled?|none|null)$/i.test(trimmed))
        return true;
    if (/^\d+$/.test(trimmed))
        return true;
    if (trimmed.startsWith('/') || trimmed.startsWith('./') || trimmed.startsWith('~/'))
        return true;
    if (/^\$\([A-Za-z_][A-Za-z0-9_]*\)$/.test(trimmed) || /^\$\{[^}]+\}$/.test(trimmed))
        return true;
    if (/^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i.test(trimmed))
        return true;
    return false;
}
/** Names whose value is a file or a setting, not the secret itself. */
const NOT_A_SECRET_NAME = /(_FILE|_PATH|_DIR|_NAME|_ENABLED|_URL|_ENDPOINT|_TTL|_TIMEOUT|_LENGTH|_KEY_ID|_ID|_REF|_MOUNT|_LOCATION|_HEADER)$/i;
const secretInEnv = {
    id: 'secret-in-env',
    title: 'No credentials written into env values',
    severity: 'error',
    why: 'A credential written as a literal env value is in the repository history, in every ' +
        'rendered manifest and in `kubectl get -o yaml` output for anyone who can read the object.',
    howToFix: 'Move the value into a Secret and reference it with `valueFrom.secretKeyRef` (or mount ' +
        'the Secret as a file); then rotate the credential, because it is in the history.',
    autoFix: false,
    differences: 'Values that are file paths, `$(VAR)` references, booleans or numbers are not reported even under a credential-like name (`TOKEN_FILE: /var/run/token`); values shaped like private keys or access tokens are reported under any name.',
    peers: { polaris: 'sensitiveContainerEnvVar', kubeLinter: 'env-var-secret' },
    checkContainer(context) {
        const { container, doc } = context;
        const reports = [];
        seqItems(container.node, 'env', doc).forEach((entry, index) => {
            if (!(0,dist/* isMap */.jh)(entry))
                return;
            const name = mapGetText(entry, 'name', doc) ?? '';
            const pair = findPair(entry, 'value', doc, 0);
            if (!pair)
                return;
            const valueNode = nodes_resolve(pair.value, doc);
            const value = scalarText(valueNode);
            if (value === undefined)
                return;
            const valueLooksSecret = SECRET_VALUES.some((pattern) => pattern.test(value.trim()));
            const nameLooksSecret = SECRET_NAMES.some((pattern) => pattern.test(name)) &&
                !NOT_A_SECRET_NAME.test(name);
            if (!valueLooksSecret && (!nameLooksSecret || isReference(value)))
                return;
            const why = valueLooksSecret
                ? 'its value has the form of a private key or access token'
                : `its name says it holds a credential`;
            // The message never repeats the value: it would leak into logs and comments.
            reports.push({
                at: valueNode ?? pair.key,
                field: `${container.path}.env[${index}].value`,
                container,
                message: `${describe(context)} sets env ${name ? `"${name}"` : `#${index + 1}`} to a literal value and ${why}: it is readable in the repository history and by anyone who can read the object.`,
                fix: `Move the value into a Secret, replace \`value\` with \`valueFrom.secretKeyRef\` for "${name}", and rotate the credential because it is in the history.`,
            });
        });
        return reports;
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/service-account-token.ts

const serviceAccountToken = {
    id: 'service-account-token',
    title: 'Pods mount an API token only when they use it',
    severity: 'warning',
    why: 'Every pod gets a token for the Kubernetes API unless its spec or its ServiceAccount ' +
        "turns that off; an attacker in any container can use it with all of the account's permissions.",
    howToFix: 'Set `automountServiceAccountToken: false` on the pod spec (or its ServiceAccount) ' +
        'unless the pod talks to the Kubernetes API.',
    autoFix: false,
    differences: "When the pod does not decide and its ServiceAccount is not among the workspace's manifests, nothing is reported: the account may turn the token off in the cluster.",
    peers: { polaris: 'automountServiceAccountToken', checkov: 'CKV_K8S_38' },
    checkPod(context) {
        const { pod, doc } = context;
        if (!isMainPodSpec(context))
            return [];
        const fix = 'Add `automountServiceAccountToken: false` to the pod spec, or to its ServiceAccount, unless the pod calls the Kubernetes API.';
        // The pod's own setting wins over its ServiceAccount's, as in the kubelet.
        const own = scalarAt(pod.node, 'automountServiceAccountToken', doc);
        if (own?.value === false)
            return [];
        if (own?.value === true) {
            return [
                {
                    at: own.node,
                    field: `${pod.path}.automountServiceAccountToken`,
                    message: `${podLabel(context)} sets automountServiceAccountToken: true: every container gets an API token with the ServiceAccount's permissions.`,
                    fix: 'Set `automountServiceAccountToken: false` unless the pod calls the Kubernetes API.',
                },
            ];
        }
        const named = scalarAt(pod.node, 'serviceAccountName', doc) ??
            scalarAt(pod.node, 'serviceAccount', doc);
        const accountName = named ? String(named.value) : 'default';
        const account = context.workspace.named('ServiceAccount', context.object.namespace, accountName);
        // The ServiceAccount lives elsewhere (the cluster, another repository): unknown.
        if (!account)
            return [];
        if (scalarAt(account.node, 'automountServiceAccountToken', account.document)?.value ===
            false)
            return [];
        return [
            {
                at: named?.node ?? pod.node,
                span: named ? 'node' : 'start',
                field: `${pod.path}.automountServiceAccountToken`,
                message: `${podLabel(context)} does not set automountServiceAccountToken and its ${objectLabel(account)} (${account.file.path}) does not turn it off: every container gets an API token.`,
                fix,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/topology-spread.ts


const topologySpread = {
    id: 'topology-spread',
    title: 'Replicated pods spread across nodes and zones',
    severity: 'warning',
    why: 'Without topology spread constraints the scheduler may put every replica on one node or ' +
        'in one zone, and a single failure takes all of them down together.',
    howToFix: 'Add `topologySpreadConstraints` for `topology.kubernetes.io/zone` and ' +
        "`kubernetes.io/hostname` selecting the pod's own labels.",
    autoFix: false,
    differences: 'DaemonSets are left out (one pod per node by design), as well as Jobs and CronJobs as in Polaris.',
    peers: {
        polaris: 'topologySpreadConstraint',
        kubeScore: 'pod-topology-spread-constraints',
    },
    checkPod(context) {
        const { object, pod, doc } = context;
        // Jobs run to completion and DaemonSets place one pod per node by design.
        if (runsToCompletion(object) || object.kind === 'DaemonSet')
            return [];
        if (!isMainPodSpec(context))
            return [];
        if (seqItems(pod.node, 'topologySpreadConstraints', doc).length > 0)
            return [];
        const pair = findPair(pod.node, 'topologySpreadConstraints', doc, 0);
        const report = podStart(context, `${podLabel(context)} has ${pair ? 'an empty topologySpreadConstraints list' : 'no topologySpreadConstraints'}: the scheduler may place all replicas on one node or zone, and one failure takes them all down.`, 'Add `topologySpreadConstraints` with `topologyKey: topology.kubernetes.io/zone` (and `kubernetes.io/hostname`), `whenUnsatisfiable: ScheduleAnyway` and a `labelSelector` matching the pod labels.');
        return [pair ? { ...report, at: pair.key, span: 'node' } : report];
    },
};

;// CONCATENATED MODULE: ./src/checks/catalogue/index.ts





































/** Every check, in the order they are documented and reported. */
const CHECKS = [
    // Images
    imagePullPolicy,
    imageTag,
    // Health
    readinessProbe,
    livenessProbe,
    // Resources
    cpuRequests,
    cpuLimits,
    memoryRequests,
    memoryLimits,
    // Host access
    hostNetwork,
    hostPid,
    hostIpc,
    hostPort,
    hostPath,
    hostProcess,
    procMount,
    // Privilege
    privileged,
    privilegeEscalation,
    runAsNonRoot,
    dangerousCapabilities,
    insecureCapabilities,
    readOnlyRootFilesystem,
    linuxHardening,
    // Secrets
    secretInEnv,
    // Scheduling and availability
    priorityClass,
    topologySpread,
    replicas,
    instanceLabel,
    // Related resources
    serviceAccountToken,
    podDisruptionBudget,
    networkPolicy,
    pdbAllowsDisruption,
    hpaMinReplicas,
    hpaMaxReplicas,
    pdbVsHpa,
    // API schema and consistency
    schema,
    duplicateEnv,
    probePort,
];
const CHECKS_BY_ID = new Map(CHECKS.map((c) => [c.id, c]));
/** Checks that look up other objects of the workspace (PodDisruptionBudgets, ...). */
const RELATED_CHECK_IDS = new Set([
    'service-account-token',
    'pod-disruption-budget',
    'network-policy',
    'pdb-vs-hpa',
    'replicas',
]);
/**
 * The kinds those checks look up in the workspace. The engine indexes only these, and
 * reads first the files whose text may hold one (see `mayHoldKind`); a lookup of any
 * other kind throws, so a check that starts looking one up must add it here.
 */
const RELATED_KINDS = new Set([
    'ServiceAccount',
    'PodDisruptionBudget',
    'NetworkPolicy',
    'HorizontalPodAutoscaler',
]);
/** Ids that are findings of the engine itself rather than of a check module. */
const ENGINE_CHECK_IDS = ['yaml-syntax', 'stale-exemption'];

;// CONCATENATED MODULE: ./src/manifests/objects.ts


/**
 * The Kubernetes objects of a parsed file: every document that has `apiVersion` and
 * `kind`, with the items of `kind: List` (and typed lists such as `PodList`) expanded.
 * Documents that failed to parse yield nothing, so a broken document never causes a
 * guess about its content.
 */
function objectsOf(file) {
    const objects = [];
    file.documents.forEach((document, documentIndex) => {
        objects.push(...objectsOfDocument(file, document, documentIndex));
    });
    return objects;
}
/** The Kubernetes objects of one document of a file (see objectsOf). */
function objectsOfDocument(file, document, documentIndex) {
    const objects = [];
    const root = document.contents;
    if (document.errors.length > 0 || !(0,dist/* isMap */.jh)(root))
        return objects;
    collect(file, document, documentIndex, root, objects, 0);
    return objects;
}
/** A mapping's `apiVersion` and `kind`, when it has both: what makes it a Kubernetes object. */
function objectType(node, document) {
    const apiVersion = mapGetText(node, 'apiVersion', document);
    const kind = mapGetText(node, 'kind', document);
    return apiVersion && kind ? { apiVersion, kind } : undefined;
}
function collect(file, document, documentIndex, node, out, depth) {
    const type = objectType(node, document);
    if (!type)
        return;
    const { apiVersion, kind } = type;
    const items = mapGet(node, 'items', document);
    if (kind.endsWith('List') && (0,dist/* isSeq */.oP)(items) && depth < 4) {
        for (const item of items.items) {
            const resolved = nodes_resolve(item, document);
            if ((0,dist/* isMap */.jh)(resolved))
                collect(file, document, documentIndex, resolved, out, depth + 1);
        }
        return;
    }
    const metadata = mapGetMap(node, 'metadata', document);
    out.push({
        file,
        document,
        documentIndex,
        node,
        apiVersion,
        kind,
        name: (metadata &&
            (mapGetText(metadata, 'name', document) ??
                mapGetText(metadata, 'generateName', document))) ??
            '',
        namespace: (metadata && mapGetText(metadata, 'namespace', document)) ?? '',
    });
}

;// CONCATENATED MODULE: ./src/manifests/lines.ts

/**
 * The line starts of `text` as the parser's LineCounter records them (0, and the offset
 * after every `\n`), found with `indexOf` instead of during parsing, so that the parser
 * may be given a text whose skipped documents were blanked out on one line each.
 */
function lineCounterOf(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    lineCounter.addNewLine(0);
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
        lineCounter.addNewLine(at + 1);
    }
    return lineCounter;
}

;// CONCATENATED MODULE: ./src/manifests/fast-nodes.ts

/**
 * What the fast readers (block-yaml.ts, json-yaml.ts) share: how the parser resolves a
 * plain scalar, how nodes are made, the escapes of double-quoted strings, and the way a
 * reader gives up on a document.
 */
/** The core schema's scalar tags, in the order the parser tries them on a plain scalar. */
const CORE = new dist/* Document */.yo();
const PLAIN_TAGS = CORE.schema.tags.filter((tag) => tag.default === true && !('collection' in tag && tag.collection) && !!tag.test);
/** First characters of a plain scalar that some core tag can resolve (null, bool, number). */
const MAY_RESOLVE = /^[-+.~0-9nNtTfF]/;
/** What the parser's core schema makes of a plain scalar: null, bool, number or text. */
function resolvePlain(source) {
    if (!MAY_RESOLVE.test(source))
        return newScalar(source);
    for (const tag of PLAIN_TAGS) {
        if (!tag.test.test(source))
            continue;
        const resolved = tag.resolve(source, outside, CORE.options);
        const scalar = (0,dist/* isScalar */.jn)(resolved) ? resolved : newScalar(resolved);
        if (tag.format)
            scalar.format = tag.format;
        return scalar;
    }
    return newScalar(source);
}
/**
 * Control characters (tab and carriage return included), DEL, the Unicode line
 * separators and the byte-order mark: the parser treats them specially or rejects them.
 */
const UNSAFE_CHARACTER = /[^\n -~\u00a0-\u2027\u202a-\ufefe\uff00-\uffff]/;
const SIMPLE_ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\b',
    t: '\t',
    n: '\n',
    v: '\v',
    f: '\f',
    r: '\r',
    e: '\x1b',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    N: '\u0085',
    _: '\u00a0',
    L: '\u2028',
    P: '\u2029',
};
const HEX_ESCAPES = { x: 2, u: 4, U: 8 };
const HEX = /^[0-9a-fA-F]+$/;
/**
 * The escape of a double-quoted scalar whose backslash is at `at`: the text it stands
 * for and the offset after it. Undefined for an escape the parser refuses or reads in
 * another way (one that continues the scalar on the next line, a code point past
 * U+10FFFF), which the fast readers leave to it.
 */
function readEscape(text, at) {
    const code = text[at + 1];
    const simple = SIMPLE_ESCAPES[code];
    if (simple !== undefined)
        return [simple, at + 2];
    const digits = HEX_ESCAPES[code];
    if (!digits)
        return undefined;
    const hex = text.slice(at + 2, at + 2 + digits);
    if (hex.length !== digits || !HEX.test(hex))
        return undefined;
    const point = parseInt(hex, 16);
    if (point > 0x10ffff)
        return undefined;
    return [String.fromCodePoint(point), at + 2 + digits];
}
/**
 * The nodes are made from prototypes that carry yaml's node-type tag, not through the
 * constructors, which define that tag on every instance with Object.defineProperty: a
 * third of the reader's time went there. The objects are instances of the same classes,
 * with the same enumerable properties and the tag inherited, so `isMap`, `instanceof`,
 * `toJS` and the rest see no difference (the tests compare every node with the
 * parser's).
 */
function prototypeOf(sample) {
    const descriptors = {};
    for (const symbol of Object.getOwnPropertySymbols(sample)) {
        descriptors[symbol] = Object.getOwnPropertyDescriptor(sample, symbol);
    }
    if ('schema' in sample) {
        descriptors.schema = { value: CORE.schema, configurable: true, writable: true };
    }
    return Object.create(Object.getPrototypeOf(sample), descriptors);
}
const SCALAR_PROTOTYPE = prototypeOf(new dist/* Scalar */.X5(null));
const PAIR_PROTOTYPE = prototypeOf(new dist/* Pair */.Rm(null));
const MAP_PROTOTYPE = prototypeOf(new dist/* YAMLMap */.CA(CORE.schema));
const SEQ_PROTOTYPE = prototypeOf(new dist/* YAMLSeq */.Rw(CORE.schema));
function newScalar(value) {
    const scalar = Object.create(SCALAR_PROTOTYPE);
    scalar.value = value;
    return scalar;
}
function newPair(key, value) {
    const pair = Object.create(PAIR_PROTOTYPE);
    pair.key = key;
    pair.value = value;
    return pair;
}
function newCollection(prototype) {
    const collection = Object.create(prototype);
    collection.items = [];
    return collection;
}
/** Thrown inside the reader when the document leaves the subset; never escapes it. */
class OutsideSubset extends Error {
}
/** One instance, thrown again and again: capturing a stack each time costs more. */
const OUTSIDE = new OutsideSubset('outside the block YAML subset');
function outside() {
    throw OUTSIDE;
}

;// CONCATENATED MODULE: ./src/manifests/block-yaml.ts


/**
 * A fast reader for the plain block YAML that nearly every Kubernetes manifest is
 * written in: block mappings and sequences, plain and one-line quoted scalars, literal
 * and simple folded block scalars, one-line flow sequences and mappings of scalars,
 * comments.
 * It builds the very nodes the `yaml` parser builds for such a document (same classes,
 * values, scalar styles and ranges) at a fraction of the cost, because it reads each
 * line once instead of lexing, building a token tree and composing it.
 *
 * It is one-sided, like the opaque-document scan: the moment a document holds anything
 * outside the subset (anchors, aliases, tags, explicit keys, multi-line plain or quoted
 * scalars, nested or multi-line flow collections, tabs, carriage returns, duplicate or
 * non-string keys, an empty value next to comments, an indentation the parser would
 * reject, ...) it gives up and the caller hands the document to the parser. A document it returns is one the parser accepts without an
 * error or a warning, so syntax errors are always the parser's.
 *
 * Comments are not kept on the nodes (no check reads them), but they move node ends the
 * way the parser moves them, because a collection's range ends where its last value's
 * trailing comments end.
 */
/** Keys that resolve to strings under the core schema, written without quotes. */
const PLAIN_KEY = /^[A-Za-z_$][\w.$/-]*$/;
const NON_STRING_KEY = /^(?:null|true|false)$/i;
/** Characters that may start a plain scalar in block context. */
const PLAIN_START = /^(?:[^-?:,[\]{}#&*!|>'"%@`\s]|-\S)/;
/** Characters a plain scalar inside a flow sequence may not hold. */
const FLOW_PLAIN_STOP = /[,[\]{}#:]/;
/** Deeper nesting is left to the parser, so that the depth limit applies as usual. */
const MAX_DEPTH = 40;
/** The deepest a document read here nests: its block collections and one flow level. */
const BLOCK_READER_MAX_DEPTH = MAX_DEPTH + 1;
/**
 * Reads one document, or returns undefined when it is outside the subset. `text` is the
 * whole file; the span comes from `splitDocuments`.
 */
function readBlockDocument(text, span) {
    if (UNSAFE_CHARACTER.test(text.slice(span.body, span.end)))
        return undefined;
    try {
        return new BlockReader(text, span).read();
    }
    catch (error) {
        if (error instanceof OutsideSubset)
            return undefined;
        throw error;
    }
}
class BlockReader {
    text;
    span;
    stack = [];
    pending;
    root;
    /** The current line: `[lineStart, lineEnd)` without its newline; `next` after it. */
    lineStart = 0;
    lineEnd = 0;
    next = 0;
    constructor(text, span) {
        this.text = text;
        this.span = span;
    }
    read() {
        const { text, span } = this;
        this.next = span.body;
        while (this.next < span.end) {
            this.advance();
            let indent = this.lineStart;
            while (indent < this.lineEnd && text.charCodeAt(indent) === 0x20)
                indent++;
            if (indent === this.lineEnd) {
                this.blankLine();
                continue;
            }
            const column = indent - this.lineStart;
            if (text.charCodeAt(indent) === 0x23 /* # */) {
                this.commentLine(column);
                continue;
            }
            this.contentLine(column, indent);
        }
        // A document that ends in an empty value ends where that value does, not at the
        // next marker; left to the parser too.
        if (!this.root || this.pending)
            outside();
        while (this.stack.length > 0)
            this.close();
        const root = this.root;
        const doc = new dist/* Document */.yo();
        if (span.marker !== -1)
            doc.directives.docStart = true;
        doc.contents = root;
        const start = span.marker !== -1 ? span.marker : root.range[0];
        doc.range = [start, root.range[2], span.end];
        return doc;
    }
    /** Moves to the line that starts at `next`. */
    advance() {
        this.lineStart = this.next;
        const newline = this.text.indexOf('\n', this.lineStart);
        if (newline === -1 || newline >= this.span.end) {
            this.lineEnd = this.span.end;
            this.next = this.span.end;
        }
        else {
            this.lineEnd = newline;
            this.next = newline + 1;
        }
    }
    /** A blank line after the last item: it joins the innermost collection's trailing lines. */
    blankLine() {
        const frame = this.stack[this.stack.length - 1];
        const pending = this.pending;
        if (pending) {
            // Where the parser ends a key's empty value that has a comment on its line, when
            // blank lines follow, depends on the line after them; left to it.
            if (pending.end !== undefined && pending.pair)
                outside();
            return;
        }
        if (!frame)
            return;
        frame.trailing ??= { end: this.next, deepestComment: -1 };
        frame.trailing.end = this.next;
    }
    /**
     * A comment line goes where the parser puts it: onto the last value of the innermost collection when it is
     * indented more than that collection and follows only blank lines (a flow node's end
     * then moves past it); otherwise into that collection's trailing lines.
     */
    commentLine(column) {
        const frame = this.stack[this.stack.length - 1];
        if (!frame)
            return;
        // A comment before a key's nested block changes no range; where the parser ends an
        // empty value followed by comments depends on what comes after them, so such a
        // value is left to it (see resolvePendingAsNull).
        if (this.pending) {
            this.pending.commentAfter = true;
            return;
        }
        const afterBlanksOnly = !frame.trailing || frame.trailing.deepestComment === -1;
        if (frame.lastTakesComments && afterBlanksOnly && column > frame.indent) {
            frame.last.range[2] = this.next;
            frame.trailing = undefined;
            return;
        }
        frame.trailing ??= { end: this.next, deepestComment: -1 };
        frame.trailing.end = this.next;
        frame.trailing.deepestComment = Math.max(frame.trailing.deepestComment, column);
    }
    contentLine(column, at) {
        const { text } = this;
        const item = isSequenceItem(text, at, this.lineEnd);
        // The line's indentation joins the trailing lines of the collection it may close.
        const innermost = this.stack[this.stack.length - 1];
        if (innermost?.trailing && !this.pending)
            innermost.trailing.end = at;
        // A key or `-` waiting for its value: a deeper block, or a sequence at the key's own
        // column, is that value; anything else leaves it null.
        const pending = this.pending;
        if (pending) {
            // An empty value with a comment on its line takes the next line's indentation too
            // (an item's even after blank lines, a key's only from the very next line).
            if (pending.end !== undefined &&
                (!pending.pair || this.lineStart === pending.nextLine)) {
                pending.end = at;
            }
            const owner = pending.frame;
            if (column > owner.indent ||
                (item && owner.type === 'map' && column === owner.indent)) {
                this.pending = undefined;
                if (!item && !this.looksLikeKey(at))
                    outside();
                const frame = this.open(item ? 'seq' : 'map', column, at);
                this.setValue(pending, frame.node);
            }
            else {
                this.resolvePendingAsNull();
            }
        }
        while (this.stack.length > 0 && this.top().indent > column)
            this.close();
        let top = this.stack[this.stack.length - 1];
        if (top?.type === 'seq' && top.indent === column && !item) {
            // A sequence at its parent key's column ends at the next key of that mapping.
            this.close();
            top = this.top();
        }
        if (!top) {
            // The first content line opens the root mapping; anything else is left over.
            if (this.root || column !== 0 || item)
                outside();
            top = this.open('map', 0, at);
            this.root = top.node;
        }
        if (top.indent !== column)
            outside();
        if (top.type === 'seq') {
            if (!item)
                outside();
            this.sequenceItem(top, at);
        }
        else {
            if (item)
                outside();
            this.mapEntry(top, at);
        }
    }
    sequenceItem(seq, dash) {
        const { text } = this;
        let at = dash + 1;
        while (at < this.lineEnd && text.charCodeAt(at) === 0x20)
            at++;
        if (at === this.lineEnd || text.charCodeAt(at) === 0x23) {
            this.pending = this.pendingAt(seq, undefined, at, afterComment(seq));
            seq.trailing = undefined;
            return;
        }
        if (isSequenceItem(text, at, this.lineEnd))
            outside();
        if (this.looksLikeKey(at)) {
            // `- key: value` opens a mapping at the key's column.
            const map = this.open('map', at - this.lineStart, at);
            seq.last = map.node;
            seq.lastTakesComments = false;
            seq.trailing = undefined;
            seq.node.items.push(map.node);
            this.mapEntry(map, at);
            return;
        }
        const value = this.inlineValue(at, seq.indent);
        seq.node.items.push(value);
        seq.last = value;
        seq.lastTakesComments = !isBlockScalar(value);
        seq.trailing = undefined;
    }
    mapEntry(map, at) {
        const { text } = this;
        const key = this.key(at);
        const colon = key.range[1];
        // The parser refuses an implicit key longer than this.
        if (colon - at > 1024)
            outside();
        const name = key.value;
        if (map.keys.has(name))
            outside();
        map.keys.add(name);
        const pair = newPair(key, null);
        map.node.items.push(pair);
        const commentsBefore = afterComment(map);
        map.trailing = undefined;
        let value = colon + 1;
        while (value < this.lineEnd && text.charCodeAt(value) === 0x20)
            value++;
        if (value === this.lineEnd || text.charCodeAt(value) === 0x23) {
            map.last = undefined;
            map.lastTakesComments = false;
            this.pending = this.pendingAt(map, pair, value, commentsBefore);
            return;
        }
        const node = this.inlineValue(value, map.indent);
        pair.value = node;
        map.last = node;
        map.lastTakesComments = !isBlockScalar(node);
    }
    pendingAt(frame, pair, at, afterComment) {
        const commented = at < this.lineEnd;
        const end = commented ? this.next : undefined;
        return { frame, pair, at, end, nextLine: this.next, afterComment };
    }
    setValue(pending, node) {
        const frame = pending.frame;
        if (pending.pair)
            pending.pair.value = node;
        else
            frame.node.items.push(node);
        // A nested block or an empty value has no end for later comments to join.
        frame.last = node;
        frame.lastTakesComments = false;
        frame.trailing = undefined;
    }
    resolvePendingAsNull() {
        const pending = this.pending;
        if (!pending)
            return;
        // Next to comment lines the parser ends an empty value elsewhere; left to it.
        if (pending.afterComment || pending.commentAfter)
            outside();
        this.pending = undefined;
        const scalar = newScalar(null);
        scalar.range = [pending.at, pending.at, pending.end ?? pending.at];
        scalar.source = '';
        scalar.type = 'PLAIN';
        this.setValue(pending, scalar);
    }
    /** A scalar, `{}` or a one-line flow sequence after `key: ` or `- `. */
    inlineValue(at, ownerIndent) {
        const code = this.text.charCodeAt(at);
        if (code === 0x7c /* | */ || code === 0x3e /* > */)
            return this.blockScalar(at, ownerIndent);
        if (code === 0x22 /* " */ || code === 0x27 /* ' */)
            return this.quoted(at);
        if (code === 0x5b /* [ */)
            return this.flowSequence(at);
        if (code === 0x7b /* { */)
            return this.flowMap(at);
        return this.plain(at);
    }
    plain(at) {
        const { text } = this;
        let end = this.find(' #', at);
        if (end === -1)
            end = this.lineEnd;
        while (text.charCodeAt(end - 1) === 0x20)
            end--;
        const source = text.slice(at, end);
        if (!PLAIN_START.test(source) || source.includes(': ') || source.endsWith(':'))
            outside();
        const scalar = resolvePlain(source);
        scalar.range = [at, end, this.next];
        scalar.source = source;
        scalar.type = 'PLAIN';
        return scalar;
    }
    quoted(at) {
        const { text } = this;
        const double = text.charCodeAt(at) === 0x22;
        const [value, close] = double ? this.doubleQuoted(at) : this.singleQuoted(at);
        this.expectLineEnd(close + 1);
        const scalar = newScalar(value);
        scalar.range = [at, close + 1, this.next];
        scalar.source = value;
        scalar.type = double ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
        return scalar;
    }
    /** The value of a single-quoted scalar closed on this line, and its closing quote. */
    singleQuoted(at) {
        const { text } = this;
        let value = '';
        let from = at + 1;
        for (;;) {
            const close = this.find("'", from);
            if (close === -1)
                outside();
            value += text.slice(from, close);
            if (text.charCodeAt(close + 1) !== 0x27)
                return [value, close];
            value += "'";
            from = close + 2;
        }
    }
    /** The value of a double-quoted scalar closed on this line, and its closing quote. */
    doubleQuoted(at) {
        const { text } = this;
        let value = '';
        let from = at + 1;
        for (;;) {
            const close = this.find('"', from);
            if (close === -1)
                outside();
            const escape = text.slice(from, close).indexOf('\\');
            if (escape === -1)
                return [value + text.slice(from, close), close];
            const at = from + escape;
            value += text.slice(from, at);
            const [decoded, after] = readEscape(text, at) ?? outside();
            value += decoded;
            from = after;
        }
    }
    /** `[a, "b", c]` on one line: plain or quoted scalars only. */
    flowSequence(open) {
        const { text } = this;
        const seq = newCollection(SEQ_PROTOTYPE);
        seq.flow = true;
        let at = open + 1;
        for (;;) {
            while (text.charCodeAt(at) === 0x20)
                at++;
            if (at >= this.lineEnd)
                outside();
            if (text.charCodeAt(at) === 0x5d /* ] */) {
                if (seq.items.length > 0)
                    outside();
                break;
            }
            const item = this.flowItem(at);
            seq.items.push(item);
            at = item.range[2];
            const code = text.charCodeAt(at);
            if (code === 0x5d)
                break;
            if (code !== 0x2c /* , */)
                outside();
            at++;
        }
        this.expectLineEnd(at + 1);
        seq.range = [open, at + 1, this.next];
        return seq;
    }
    flowItem(at) {
        const { text } = this;
        const code = text.charCodeAt(at);
        let scalar;
        let end;
        if (code === 0x22 || code === 0x27) {
            const [value, close] = code === 0x22 ? this.doubleQuoted(at) : this.singleQuoted(at);
            scalar = newScalar(value);
            scalar.source = value;
            scalar.type = code === 0x22 ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
            end = close + 1;
        }
        else {
            end = at;
            while (end < this.lineEnd && !FLOW_PLAIN_STOP.test(text[end]))
                end++;
            while (text.charCodeAt(end - 1) === 0x20)
                end--;
            const source = text.slice(at, end);
            if (source === '' || !PLAIN_START.test(source))
                outside();
            scalar = resolvePlain(source);
            scalar.source = source;
            scalar.type = 'PLAIN';
        }
        let after = end;
        while (text.charCodeAt(after) === 0x20)
            after++;
        scalar.range = [at, end, after];
        return scalar;
    }
    /** `{}` or `{ key: value, ... }` on one line: plain keys, plain or quoted values. */
    flowMap(open) {
        const { text } = this;
        const map = newCollection(MAP_PROTOTYPE);
        map.flow = true;
        const keys = new Set();
        let at = open + 1;
        for (;;) {
            while (text.charCodeAt(at) === 0x20)
                at++;
            if (at >= this.lineEnd)
                outside();
            if (text.charCodeAt(at) === 0x7d /* } */) {
                if (map.items.length > 0)
                    outside();
                break;
            }
            const colon = this.find(': ', at);
            if (colon === -1)
                outside();
            const name = text.slice(at, colon);
            if (!PLAIN_KEY.test(name) || NON_STRING_KEY.test(name) || keys.has(name))
                outside();
            keys.add(name);
            const key = newScalar(name);
            key.range = [at, colon, colon];
            key.source = name;
            key.type = 'PLAIN';
            at = colon + 2;
            while (text.charCodeAt(at) === 0x20)
                at++;
            const value = this.flowItem(at);
            map.items.push(newPair(key, value));
            at = value.range[2];
            const code = text.charCodeAt(at);
            if (code === 0x7d)
                break;
            if (code !== 0x2c /* , */)
                outside();
            at++;
        }
        this.expectLineEnd(at + 1);
        map.range = [open, at + 1, this.next];
        return map;
    }
    /** After a closed value: only spaces, then the end of the line or a comment. */
    expectLineEnd(at) {
        const { text } = this;
        let rest = at;
        while (rest < this.lineEnd && text.charCodeAt(rest) === 0x20)
            rest++;
        if (rest === this.lineEnd)
            return;
        if (text.charCodeAt(rest) !== 0x23 || rest === at)
            outside();
    }
    /**
     * `|`, `|-`, `|+`, `>`, `>-` or `>+` ending its line, then lines deeper than the
     * owner. Folded scalars are read only when no line is more indented than the first.
     */
    blockScalar(header, ownerIndent) {
        const { text } = this;
        const folded = text.charCodeAt(header) === 0x3e;
        let at = header + 1;
        const chomp = text[at] === '-' || text[at] === '+' ? text[at++] : '';
        while (at < this.lineEnd && text.charCodeAt(at) === 0x20)
            at++;
        if (at !== this.lineEnd)
            outside();
        /** Lines of the scalar, without their indentation; '' for a blank line. */
        const lines = [];
        let indent = -1;
        /** After the last line holding text, and after the last line of the scalar. */
        let contentEnd = -1;
        let scalarEnd = this.next;
        let lastHadNewline = true;
        while (this.next < this.span.end) {
            const lineStart = this.next;
            let lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd === -1 || lineEnd > this.span.end)
                lineEnd = this.span.end;
            let first = lineStart;
            while (first < lineEnd && text.charCodeAt(first) === 0x20)
                first++;
            const column = first - lineStart;
            if (first === lineEnd) {
                // Spaces on a blank line can be content or need an indentation indicator.
                if (lineEnd > lineStart && (indent === -1 || column > indent))
                    outside();
                lines.push('');
            }
            else {
                if (indent === -1) {
                    if (column <= ownerIndent)
                        break;
                    indent = column;
                }
                else if (column < indent) {
                    break;
                }
                if (folded && column > indent)
                    outside();
                lines.push(text.slice(lineStart + indent, lineEnd));
                contentEnd = lineEnd < this.span.end ? lineEnd + 1 : lineEnd;
                lastHadNewline = lineEnd < this.span.end;
            }
            scalarEnd = lineEnd < this.span.end ? lineEnd + 1 : lineEnd;
            this.next = scalarEnd;
            this.lineStart = lineStart;
            this.lineEnd = lineEnd;
        }
        if (indent === -1)
            outside();
        let last = lines.length;
        while (lines[last - 1] === '')
            last--;
        const trailing = lines.length - last;
        if (chomp === '+' && (trailing > 0 || !lastHadNewline))
            outside();
        const body = folded ? fold(lines.slice(0, last)) : lines.slice(0, last).join('\n');
        const value = chomp === '-' ? body : `${body}\n`;
        // Blank lines after the text belong to the scalar only when they are kept.
        this.next = chomp === '+' ? scalarEnd : contentEnd;
        const scalar = newScalar(value);
        scalar.range = [header, this.next, this.next];
        scalar.source = value;
        scalar.type = folded ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
        return scalar;
    }
    /** The colon that ends a plain key at `at` (followed by a space or the line end), or -1. */
    keyColon(at) {
        const { text } = this;
        let colon = this.find(':', at);
        while (colon !== -1) {
            if (colon + 1 === this.lineEnd || text.charCodeAt(colon + 1) === 0x20)
                return colon;
            colon = this.find(':', colon + 1);
        }
        return -1;
    }
    /** The offset of `needle` on the current line at or after `from`, or -1. */
    find(needle, from) {
        const index = this.text.slice(from, this.lineEnd).indexOf(needle);
        return index === -1 ? -1 : from + index;
    }
    looksLikeKey(at) {
        const quote = this.text.charCodeAt(at);
        if (quote === 0x22 || quote === 0x27)
            return this.quotedKeyEnd(at) !== -1;
        const colon = this.keyColon(at);
        return colon > at && !this.text.slice(at, colon).includes(' #');
    }
    /**
     * A mapping key: a plain word, or a one-line quoted string right before its colon.
     * Either way it must be a string the key has not held before in its mapping.
     */
    key(at) {
        const { text } = this;
        const quote = text.charCodeAt(at);
        if (quote === 0x22 || quote === 0x27) {
            const end = this.quotedKeyEnd(at);
            if (end === -1)
                outside();
            const [name] = quote === 0x22 ? this.doubleQuoted(at) : this.singleQuoted(at);
            const key = newScalar(name);
            key.range = [at, end, end];
            key.source = name;
            key.type = quote === 0x22 ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
            return key;
        }
        const colon = this.keyColon(at);
        if (colon === -1)
            outside();
        const name = text.slice(at, colon);
        if (!PLAIN_KEY.test(name) || NON_STRING_KEY.test(name))
            outside();
        const key = newScalar(name);
        key.range = [at, colon, colon];
        key.source = name;
        key.type = 'PLAIN';
        return key;
    }
    /** The end of a quoted key followed by `: ` or `:` at the line end, or -1. */
    quotedKeyEnd(at) {
        const { text } = this;
        let close;
        try {
            close = (text.charCodeAt(at) === 0x22 ? this.doubleQuoted(at) : this.singleQuoted(at))[1];
        }
        catch (error) {
            if (error instanceof OutsideSubset)
                return -1;
            throw error;
        }
        const colon = close + 1;
        if (text.charCodeAt(colon) !== 0x3a)
            return -1;
        return colon + 1 === this.lineEnd || text.charCodeAt(colon + 1) === 0x20 ? colon : -1;
    }
    open(type, indent, start) {
        if (this.stack.length >= MAX_DEPTH)
            outside();
        const node = type === 'map' ? newCollection(MAP_PROTOTYPE) : newCollection(SEQ_PROTOTYPE);
        const frame = { type, indent, node, start };
        if (type === 'map')
            frame.keys = new Set();
        this.stack.push(frame);
        return frame;
    }
    top() {
        return this.stack[this.stack.length - 1];
    }
    /**
     * Closes the innermost collection: it ends where its last value's node ends, or after
     * its trailing lines when one of their comments is as deep as its items.
     */
    close() {
        this.resolvePendingAsNull();
        const frame = this.stack.pop();
        const lastEnd = frame.last ? frame.last.range[2] : undefined;
        if (lastEnd === undefined)
            outside();
        const trailing = frame.trailing;
        if (trailing && frame.indent > 0 && trailing.deepestComment >= frame.indent) {
            frame.node.range = [frame.start, lastEnd, trailing.end];
            return;
        }
        frame.node.range = [frame.start, lastEnd, lastEnd];
        const parent = this.stack[this.stack.length - 1];
        if (trailing && parent)
            parent.trailing = trailing;
    }
}
function afterComment(frame) {
    return !!frame.trailing && frame.trailing.deepestComment >= 0;
}
function isSequenceItem(text, at, lineEnd) {
    return (text.charCodeAt(at) === 0x2d &&
        (at + 1 === lineEnd || text.charCodeAt(at + 1) === 0x20));
}
function isBlockScalar(node) {
    return ((0,dist/* isScalar */.jn)(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED'));
}
/** Folds the lines of a `>` scalar: a line break between text lines becomes a space. */
function fold(lines) {
    let out = '';
    let blanks = 0;
    for (const [index, line] of lines.entries()) {
        if (line === '') {
            blanks++;
            continue;
        }
        if (index > 0)
            out += blanks > 0 ? '\n'.repeat(blanks) : ' ';
        blanks = 0;
        out += line;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/manifests/spans.ts
/**
 * The documents of a file as spans of text between `---` lines, found without parsing.
 * Returns undefined for a file whose boundaries are not that simple: a byte-order mark,
 * a directive (`%YAML`, `%TAG`) or a document end marker (`...`); such a file is parsed
 * whole. A span with text after its `---` on the marker line is marked `inline`.
 */
function splitDocuments(text) {
    if (text.charCodeAt(0) === 0xfeff || /^%/m.test(text))
        return undefined;
    const markers = new MarkerScanner(text);
    const spans = [];
    let marker = -1;
    let body = 0;
    let inline = false;
    for (;;) {
        const next = markers.next(body);
        const end = next === -1 ? text.length : next;
        if (marker !== -1 || end > body)
            spans.push({ marker, body, end, inline });
        if (next === -1)
            break;
        if (text.startsWith('...', next))
            return undefined;
        const lineEnd = text.indexOf('\n', next);
        // Only spaces and tabs are YAML's white space; trim() would also take a no-break
        // space or a BOM, which the parser reads as content.
        inline = /[^ \t\r]/.test(text.slice(next + 3, lineEnd === -1 ? text.length : lineEnd));
        marker = next;
        body = lineEnd === -1 ? text.length : lineEnd + 1;
    }
    return spans;
}
/**
 * Finds document markers: `---` or `...` at column 0, then whitespace or the end of
 * the line. The `yaml` parser ends a document at such a line in every context, even
 * inside a quoted or block scalar, so the boundaries need no parsing. The positions of
 * the next candidates are kept, so a file is searched once whatever its document count.
 */
class MarkerScanner {
    text;
    dashes = -2;
    dots = -2;
    constructor(text) {
        this.text = text;
    }
    /** The first marker line at or after the line that starts at `from`, or -1. */
    next(from) {
        const text = this.text;
        if (isMarkerAt(text, from))
            return from;
        let at = from;
        for (;;) {
            if (this.dashes !== -1 && this.dashes < at)
                this.dashes = text.indexOf('\n---', at);
            if (this.dots !== -1 && this.dots < at)
                this.dots = text.indexOf('\n...', at);
            const candidate = this.dashes === -1
                ? this.dots
                : this.dots === -1
                    ? this.dashes
                    : Math.min(this.dashes, this.dots);
            if (candidate === -1)
                return -1;
            if (isMarkerAt(text, candidate + 1))
                return candidate + 1;
            at = candidate + 1;
        }
    }
}
function isMarkerAt(text, at) {
    if (!text.startsWith('---', at) && !text.startsWith('...', at))
        return false;
    if (at + 3 >= text.length)
        return true;
    const code = text.charCodeAt(at + 3);
    return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

;// CONCATENATED MODULE: ./src/manifests/opaque.ts



/**
 * A fast pre-scan that finds documents no check ever looks at, so that the parser can
 * skip them. CustomResourceDefinitions are most of the bytes of a real repository (their
 * OpenAPI schemas run to thousands of lines) and never carry a pod spec, yet building
 * their syntax tree costs more than everything else the engine does.
 *
 * The scan is deliberately one-sided: it accepts a document only when it is written in
 * a plain subset of block YAML that the `yaml` parser is known to accept without any
 * error or warning (no anchors, aliases, tags, tabs or control characters; no flow
 * collections but `{}` and one-line lists of words; quoted scalars with valid escapes;
 * keys that are plain strings, unique in their mapping). Anything else is left to the
 * parser, so a skipped document is one that would have parsed cleanly, and a document
 * with a syntax error is always parsed and reported.
 */
/**
 * Kinds whose documents may be skipped: none holds a pod spec, and no check reads them
 * (skipped objects are counted but never reach a check or the workspace index). A check
 * that needs one of these kinds has to take it out of this list.
 */
const OPAQUE_KINDS = new Set(['CustomResourceDefinition']);
/** A top-level `kind:` line naming an opaque kind: the cheap test before any scan. */
const OPAQUE_KIND_LINE = new RegExp(`^kind:[ ]+["']?(?:${[...OPAQUE_KINDS].join('|')})["']?[ ]*$`, 'm');
/**
 * The documents of `text` that are safe to skip. Returns nothing for a file with
 * directives, a byte-order mark or `...` markers, whose document boundaries are not
 * simply line-based.
 */
function findOpaqueDocuments(text) {
    if (!mayHoldOpaqueDocument(text))
        return [];
    const found = [];
    for (const span of splitDocuments(text) ?? []) {
        const document = opaqueDocumentIn(text, span);
        if (document)
            found.push(document);
    }
    return found;
}
/** The cheap test before any scan: a top-level `kind:` line naming an opaque kind. */
function mayHoldOpaqueDocument(text) {
    return OPAQUE_KIND_LINE.test(text);
}
/** The span's document when it is opaque and safe to skip, else undefined. */
function opaqueDocumentIn(text, span) {
    // `--- !tag` or `--- key: value` starts the body on the marker line itself.
    if (span.inline || span.end <= span.body)
        return undefined;
    return scanDocument(text, span.body, span.end);
}
/** Plain keys that resolve to strings under the core schema (never null, bool or number). */
const opaque_PLAIN_KEY = /^[A-Za-z_$][\w.$/-]*$/;
const opaque_NON_STRING_KEY = /^(?:null|true|false)$/i;
/** Characters that may start a plain scalar without changing its meaning. */
const opaque_PLAIN_START = /^(?:[^-?:,[\]{}#&*!|>'"%@`\s]|-\S)/;
/** Far below limits.max-depth, and far above a generated schema's nesting. */
const opaque_MAX_DEPTH = 40;
/** `[]` or a one-line flow sequence of simple words (`enum: [a, b-c, 1.5]`). */
const FLOW_WORDS = /^\[(?: *(?:[\w./]|-\d)[\w./-]* *(?:, *(?:[\w./]|-\d)[\w./-]* *)*)?\]$/;
const BLOCK_SCALAR_HEADER = /^[|>][+-]?$/;
/**
 * Checks one document body line by line against the accepted subset and reads its
 * top-level `kind` and `apiVersion`. Returns undefined as soon as anything falls
 * outside the subset or the kind is not opaque.
 */
function scanDocument(text, start, end) {
    const body = text.slice(start, end);
    if (!OPAQUE_KIND_LINE.test(body) || hasUnsafeCharacter(body))
        return undefined;
    const stack = [];
    let value = { type: 'done' };
    /** Column of a block scalar's content, once its first content line is seen. */
    let blockIndent = -1;
    /** The last top-level key: a continuation line would change its value. */
    let topKey;
    let kind;
    let apiVersion;
    let lineStart = 0;
    while (lineStart < body.length) {
        let lineEnd = body.indexOf('\n', lineStart);
        if (lineEnd === -1)
            lineEnd = body.length;
        const line = body.slice(lineStart, lineEnd);
        lineStart = lineEnd + 1;
        let indent = 0;
        while (indent < line.length && line.charCodeAt(indent) === 0x20)
            indent++;
        const blank = indent === line.length;
        // The rest of a quoted scalar: deeper lines up to the closing quote.
        if (value.type === 'quoted') {
            if (blank)
                continue;
            if (indent <= value.owner.indent)
                return undefined;
            const close = closingQuote(line, indent, value.quote);
            if (close === INVALID)
                return undefined;
            if (close === OPEN)
                continue;
            if (line.slice(close + 1).trim() !== '')
                return undefined;
            value = { type: 'done' };
            continue;
        }
        // Block scalar content: anything deeper than its first line, blank lines too.
        if (value.type === 'block') {
            if (blank) {
                // Blank lines with spaces before the first content line can need an
                // indentation indicator; such documents are left to the parser.
                if (blockIndent === -1 && line.length > 0)
                    return undefined;
                continue;
            }
            if (blockIndent === -1 && indent > value.owner.indent) {
                blockIndent = indent;
                continue;
            }
            if (blockIndent !== -1 && indent >= blockIndent)
                continue;
            if (indent > value.owner.indent)
                return undefined;
            value = { type: 'done' };
            blockIndent = -1;
        }
        if (blank)
            continue;
        const content = line.slice(indent);
        if (content.charCodeAt(0) === 0x23 /* # */) {
            // A comment ends a plain scalar: a deeper line after it would be an error.
            if (value.type === 'plain')
                value = { type: 'done' };
            continue;
        }
        // A deeper line after a plain scalar continues it.
        if (value.type === 'plain' && indent > value.owner.indent) {
            if (!continuationIsSafe(content))
                return undefined;
            if (value.owner === stack[0] && (topKey === 'kind' || topKey === 'apiVersion'))
                return undefined;
            continue;
        }
        // A pending key or item opens a nested block when this line is deeper, or is a
        // sequence at the key's own column.
        if (value.type === 'pending') {
            const owner = value.owner;
            const item = opaque_isSequenceItem(content);
            if (indent > owner.indent ||
                (item && owner.type === 'map' && indent === owner.indent)) {
                stack.push(item ? { type: 'seq', indent } : { type: 'map', indent, keys: new Set() });
            }
        }
        value = { type: 'done' };
        while (stack.length > 0 && stack[stack.length - 1].indent > indent)
            stack.pop();
        let top = stack[stack.length - 1];
        if (top?.type === 'seq' && top.indent === indent && !opaque_isSequenceItem(content)) {
            // A sequence at its parent key's column ends at the next key of that mapping.
            stack.pop();
            top = stack[stack.length - 1];
        }
        if (!top) {
            // The first content line opens the root mapping.
            if (indent !== 0 || opaque_isSequenceItem(content))
                return undefined;
            top = { type: 'map', indent: 0, keys: new Set() };
            stack.push(top);
        }
        if (top.indent !== indent)
            return undefined;
        // Deep nesting is left to the parser, whose depth limit then applies as usual.
        if (stack.length > opaque_MAX_DEPTH)
            return undefined;
        if (top.type === 'seq') {
            if (!opaque_isSequenceItem(content))
                return undefined;
            let at = 1;
            while (at < content.length && content.charCodeAt(at) === 0x20)
                at++;
            if (at === content.length) {
                value = { type: 'pending', owner: top };
                continue;
            }
            const item = content.slice(at);
            if (opaque_isSequenceItem(item))
                return undefined;
            if (looksLikeKey(item)) {
                // `- key: value` opens a mapping at the key's column.
                const map = { type: 'map', indent: indent + at, keys: new Set() };
                stack.push(map);
                const entry = readEntry(item, map);
                if (!entry)
                    return undefined;
                value = entry;
                continue;
            }
            const scalar = readScalar(item, top, false);
            if (!scalar)
                return undefined;
            value = scalar;
            continue;
        }
        const entry = readEntry(content, top);
        if (!entry)
            return undefined;
        value = entry;
        if (top === stack[0]) {
            topKey = content.slice(0, content.indexOf(':'));
            if (topKey === 'kind' || topKey === 'apiVersion') {
                const read = opaque_scalarText(content.slice(topKey.length + 1).trim());
                if (read === undefined)
                    return undefined;
                if (topKey === 'kind')
                    kind = read;
                else
                    apiVersion = read;
            }
        }
    }
    // A quoted scalar still open at the end of the document is an error.
    if (value.type === 'quoted')
        return undefined;
    if (!kind || !apiVersion || !OPAQUE_KINDS.has(kind))
        return undefined;
    return { start, end, kind, apiVersion };
}
/**
 * Control characters (tab, carriage return, C1 and NEL included), DEL, the Unicode line
 * separators and the byte-order mark, written as the complement of what is safe: the
 * parser treats them specially or rejects them, so a document holding one is parsed.
 */
const opaque_UNSAFE_CHARACTER = /[^\n -~\u00a0-\u2027\u202a-\ufefe\uff00-\uffff]/;
function hasUnsafeCharacter(body) {
    return opaque_UNSAFE_CHARACTER.test(body);
}
function opaque_isSequenceItem(content) {
    return content.charCodeAt(0) === 0x2d && (content.length === 1 || content[1] === ' ');
}
function looksLikeKey(content) {
    const colon = content.indexOf(':');
    return colon > 0 && (colon === content.length - 1 || content[colon + 1] === ' ');
}
/** Reads `key: value` into `map`, refusing anything but a new plain string key. */
function readEntry(content, map) {
    const colon = content.indexOf(':');
    if (colon <= 0 || colon > 1000)
        return undefined;
    if (colon !== content.length - 1 && content[colon + 1] !== ' ')
        return undefined;
    const key = content.slice(0, colon);
    if (!opaque_PLAIN_KEY.test(key) || opaque_NON_STRING_KEY.test(key))
        return undefined;
    if (map.keys?.has(key))
        return undefined;
    map.keys?.add(key);
    const rest = content.slice(colon + 1).trim();
    if (rest === '')
        return { type: 'pending', owner: map };
    return readScalar(rest, map, true);
}
/** A single-line value: plain, single- or double-quoted, `{}`, `[]` or a block header. */
function readScalar(raw, owner, blockAllowed) {
    const value = raw.trimEnd();
    if (value === '{}' || FLOW_WORDS.test(value))
        return { type: 'done' };
    if (BLOCK_SCALAR_HEADER.test(value)) {
        return blockAllowed ? { type: 'block', owner } : undefined;
    }
    const quote = value[0];
    if (quote === "'" || quote === '"') {
        const close = closingQuote(value, 1, quote);
        if (close === INVALID)
            return undefined;
        if (close === OPEN)
            return { type: 'quoted', owner, quote };
        return close === value.length - 1 ? { type: 'done' } : undefined;
    }
    if (!plainIsSafe(value))
        return undefined;
    return { type: 'plain', owner };
}
function plainIsSafe(value) {
    if (!opaque_PLAIN_START.test(value))
        return false;
    return !value.includes(': ') && !value.endsWith(':') && !value.includes(' #');
}
/**
 * A continuation line of a plain scalar may start with any character but `#` (a
 * comment, handled before); like the first line it must not hold `: ` or end in `:`,
 * which would make it a key.
 */
function continuationIsSafe(content) {
    const value = content.trimEnd();
    return !value.includes(': ') && !value.endsWith(':') && !value.includes(' #');
}
/** Not closed on this line. */
const OPEN = -1;
/** An escape the subset does not accept (a line-end escape, or an unknown one). */
const INVALID = -2;
/**
 * The index of the quote that closes a scalar opened before `from`, OPEN or INVALID.
 * Inside single quotes `''` is an escaped quote; inside double quotes only the escapes
 * YAML defines are accepted, and never a backslash at the end of a line.
 */
function closingQuote(line, from, quote) {
    let at = from;
    if (quote === "'") {
        for (;;) {
            const close = line.indexOf("'", at);
            if (close === -1 || line[close + 1] !== "'")
                return close;
            at = close + 2;
        }
    }
    for (;;) {
        const close = line.indexOf('"', at);
        const escape = line.indexOf('\\', at);
        if (escape === -1 || (close !== -1 && close < escape))
            return close;
        const escaped = readEscape(line, escape);
        if (!escaped)
            return INVALID;
        at = escaped[1];
    }
}
/** The text of a one-line quoted scalar that ends the line, or undefined. */
function quotedText(value) {
    // Escapes would need decoding; `kind` and `apiVersion` never hold one.
    if (value.includes('\\'))
        return undefined;
    const close = closingQuote(value, 1, value[0]);
    if (close !== value.length - 1)
        return undefined;
    return value.slice(1, close).replaceAll("''", "'");
}
/** The text of a top-level `kind` or `apiVersion` value, plain or quoted. */
function opaque_scalarText(value) {
    if (value === '')
        return undefined;
    const first = value[0];
    if (first === '"' || first === "'")
        return quotedText(value);
    return plainIsSafe(value) ? value : undefined;
}
/**
 * Replaces each skipped body by `~`, a null document, so that every document keeps its
 * index while the parser reads only what is left. The documents after a skipped one
 * then sit earlier in the text by the length removed; `restore` adds it back to every
 * range and error position, and the caller counts lines on the original text.
 */
function blankOpaque(text, documents) {
    const parts = [];
    /** Where each `~` lands in the new text, and the length removed up to and with it. */
    const tildes = [];
    const removedUpTo = [];
    let at = 0;
    let length = 0;
    let removed = 0;
    for (const { start, end } of documents) {
        const kept = text.slice(at, start);
        parts.push(kept, '~');
        length += kept.length;
        tildes.push(length);
        length += 1;
        const newline = text.charCodeAt(end - 1) === 0x0a;
        if (newline) {
            parts.push('\n');
            length += 1;
        }
        removed += end - start - 1 - (newline ? 1 : 0);
        removedUpTo.push(removed);
        at = end;
    }
    parts.push(text.slice(at));
    return {
        text: parts.join(''),
        restore(document) {
            // A document starts before the `~` of the next skipped body, so the length to
            // add back is what was removed before its start.
            const start = document.range[0];
            let index = 0;
            while (index < tildes.length && tildes[index] < start)
                index++;
            const delta = index === 0 ? 0 : removedUpTo[index - 1];
            if (delta !== 0)
                shiftDocument(document, delta);
        },
    };
}
/**
 * Adds `delta` to every offset a parsed document holds: its range, its nodes' ranges and
 * its errors' and warnings' positions. An error may hold the very array of a node's
 * range, so each array moves once.
 */
function shiftDocument(document, delta) {
    const moved = new Set();
    const move = (offsets) => {
        if (!offsets || moved.has(offsets))
            return;
        moved.add(offsets);
        for (let i = 0; i < offsets.length; i++)
            offsets[i] += delta;
    };
    move(document.range);
    for (const error of document.errors)
        move(error.pos);
    for (const warning of document.warnings)
        move(warning.pos);
    const stack = [document.contents];
    while (stack.length > 0) {
        const node = stack.pop();
        if ((0,dist/* isPair */.tO)(node)) {
            stack.push(node.key, node.value);
        }
        else if ((0,dist/* isNode */.Ll)(node)) {
            move(node.range);
            if ((0,dist/* isCollection */.P3)(node))
                for (const item of node.items)
                    stack.push(item);
        }
    }
}

;// CONCATENATED MODULE: ./src/manifests/json-yaml.ts


/**
 * The fast reader's counterpart for JSON manifests (`kubectl get -o json`, generated
 * files): a JSON object is a YAML flow mapping, and this builds the nodes the `yaml`
 * parser builds for it, with the same ranges. It accepts JSON as `JSON.stringify` and
 * most tools write it: no tabs or carriage returns, each key on the line of its colon.
 * Anything else (including any JSON the parser would read differently) is left to the
 * parser.
 */
function readJsonDocument(text, span) {
    let start = span.body;
    while (isSpace(text.charCodeAt(start)))
        start++;
    // The object must open a line: indented, the parser reads it differently.
    if (text.charCodeAt(start) !== 0x7b /* { */)
        return undefined;
    if (start > 0 && text.charCodeAt(start - 1) !== 0x0a)
        return undefined;
    if (UNSAFE_CHARACTER.test(text.slice(span.body, span.end)))
        return undefined;
    try {
        return new JsonReader(text, span.end).read(start, span);
    }
    catch (error) {
        if (error instanceof OutsideSubset)
            return undefined;
        throw error;
    }
}
/** Deeper nesting is left to the parser, so that the depth limit applies as usual. */
const json_yaml_MAX_DEPTH = 40;
/** The parser's limit for an implicit key, which a flow mapping's keys are. */
const MAX_KEY_LENGTH = 1024;
const JSON_LITERAL = /^(?:-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?|true|false|null)/;
class JsonReader {
    text;
    end;
    depth = 0;
    constructor(text, end) {
        this.text = text;
        this.end = end;
    }
    read(start, span) {
        const root = this.object(start);
        const after = this.lineEnd(root.range[1]);
        root.range[2] = after;
        // Only blank lines may follow the object.
        let rest = after;
        while (rest < this.end && isSpace(this.text.charCodeAt(rest)))
            rest++;
        if (rest !== this.end)
            outside();
        const doc = new dist/* Document */.yo();
        if (span.marker !== -1)
            doc.directives.docStart = true;
        doc.contents = root;
        // The parser ends the document after one more line, not at the next marker.
        const end = Math.min(this.lineEnd(after), span.end);
        doc.range = [span.marker !== -1 ? span.marker : start, after, end];
        return doc;
    }
    /** After spaces and one line break, where the parser ends a flow node's trailing space. */
    lineEnd(at) {
        let end = at;
        while (this.text.charCodeAt(end) === 0x20)
            end++;
        if (this.text.charCodeAt(end) === 0x0a)
            end++;
        return end;
    }
    /** The next offset that is not a space or a line break. */
    skipSpace(at) {
        let end = at;
        while (end < this.end && isSpace(this.text.charCodeAt(end)))
            end++;
        return end;
    }
    value(at) {
        const code = this.text.charCodeAt(at);
        if (code === 0x7b)
            return this.object(at);
        if (code === 0x5b /* [ */)
            return this.array(at);
        if (code === 0x22 /* " */)
            return this.string(at);
        const literal = JSON_LITERAL.exec(this.text.slice(at, at + 400));
        if (!literal)
            outside();
        const source = literal[0];
        const scalar = resolvePlain(source);
        scalar.range = [at, at + source.length, at + source.length];
        scalar.source = source;
        scalar.type = 'PLAIN';
        return scalar;
    }
    object(open) {
        if (++this.depth > json_yaml_MAX_DEPTH)
            outside();
        const { text } = this;
        const map = newCollection(MAP_PROTOTYPE);
        map.flow = true;
        const keys = new Set();
        let at = this.skipSpace(open + 1);
        if (text.charCodeAt(at) !== 0x7d /* } */) {
            for (;;) {
                if (text.charCodeAt(at) !== 0x22)
                    outside();
                const key = this.string(at);
                const name = key.value;
                if (keys.has(name) || key.range[1] - at > MAX_KEY_LENGTH)
                    outside();
                keys.add(name);
                at = key.range[1];
                if (text.charCodeAt(at) !== 0x3a /* : */)
                    outside();
                at++;
                while (text.charCodeAt(at) === 0x20)
                    at++;
                const value = this.value(at);
                map.items.push(newPair(key, value));
                at = this.skipSpace(value.range[1]);
                // A value's node ends after the space and line break that follow it.
                value.range[2] = this.lineEnd(value.range[1]);
                const code = text.charCodeAt(at);
                if (code === 0x7d)
                    break;
                if (code !== 0x2c /* , */)
                    outside();
                at = this.skipSpace(at + 1);
            }
        }
        this.depth--;
        map.range = [open, at + 1, at + 1];
        return map;
    }
    array(open) {
        if (++this.depth > json_yaml_MAX_DEPTH)
            outside();
        const { text } = this;
        const seq = newCollection(SEQ_PROTOTYPE);
        seq.flow = true;
        let at = this.skipSpace(open + 1);
        if (text.charCodeAt(at) !== 0x5d /* ] */) {
            for (;;) {
                const value = this.value(at);
                seq.items.push(value);
                // An item's node ends where the next `,` or the `]` is, past any line breaks.
                at = this.skipSpace(value.range[1]);
                value.range[2] = at;
                const code = text.charCodeAt(at);
                if (code === 0x5d)
                    break;
                if (code !== 0x2c)
                    outside();
                at = this.skipSpace(at + 1);
            }
        }
        this.depth--;
        seq.range = [open, at + 1, at + 1];
        return seq;
    }
    /** A double-quoted string on one line, decoded as YAML decodes it. */
    string(at) {
        const { text } = this;
        let value = '';
        let from = at + 1;
        for (;;) {
            let close = from;
            while (close < this.end) {
                const code = text.charCodeAt(close);
                if (code === 0x22 || code === 0x5c /* \ */ || code === 0x0a)
                    break;
                close++;
            }
            const code = text.charCodeAt(close);
            if (code !== 0x22 && code !== 0x5c)
                outside();
            value += text.slice(from, close);
            if (code === 0x22) {
                const scalar = newScalar(value);
                scalar.range = [at, close + 1, close + 1];
                scalar.source = value;
                scalar.type = 'QUOTE_DOUBLE';
                return scalar;
            }
            const [decoded, after] = readEscape(text, close) ?? outside();
            value += decoded;
            from = after;
        }
    }
}
function isSpace(code) {
    return code === 0x20 || code === 0x0a;
}

;// CONCATENATED MODULE: ./src/manifests/templates.ts
/**
 * Helm and other Go-template sources are not YAML until rendered. A file counts as a
 * template when it uses a template action with Helm's usual vocabulary; braces inside
 * ordinary strings (Argo CD ApplicationSets, Grafana dashboards) do not count.
 */
const TEMPLATE_ACTION = /\{\{-?\s*(?:-|\.Values|\.Release|\.Chart|\.Capabilities|\.Files|\$|include\s|template\s|if\s|range\s|with\s|define\s|end\b|else\b|toYaml|tpl\s|default\s|quote\b|printf\s|\/\*)/;
function looksLikeGoTemplate(text) {
    const first = text.indexOf('{{');
    if (first === -1)
        return false;
    return TEMPLATE_ACTION.test(text.slice(first));
}

;// CONCATENATED MODULE: ./src/manifests/parse.ts










/** Switches for the equivalence tests and the benchmark; always on in a real run. */
const parseSettings = {
    /** Skip building the syntax tree of documents no check reads (see opaque.ts). */
    skipOpaqueDocuments: true,
    /** Read plain block YAML and JSON documents with the fast readers (block-yaml.ts). */
    readBlockYaml: true,
};
/** Reads every YAML (or JSON) document of a file, with positions. */
function parseFile(source, limits = DEFAULT_LIMITS, visitor) {
    const refused = refuseBeforeParsing(source.text, limits);
    if (refused)
        return { findings: [], skipReason: refused };
    const spans = parseSettings.readBlockYaml ? splitDocuments(source.text) : undefined;
    if (spans) {
        const read = readBySpans(source, spans, limits, visitor);
        if (read !== READ_WHOLE)
            return read;
        visitor?.discard();
    }
    return readWhole(source, limits, visitor);
}
/** Limits that are checked on the text, so that the parser never sees such a file. */
function refuseBeforeParsing(text, limits) {
    if (text.length > limits.maxFileBytes)
        return limits_tooLargeReason(limits.maxFileBytes);
    if (text.includes('\u0000'))
        return 'contains a NUL byte, so it is not a text manifest';
    if (looksLikeGoTemplate(text)) {
        return 'Helm/Go template: render it first, then check the output';
    }
    const starts = countDocumentStarts(text);
    if (starts > limits.maxDocuments)
        return tooManyDocuments(starts, limits);
    if (nestingTooDeep(text, limits.maxDepth)) {
        return `nests too deep to parse safely: a line is indented or bracketed past ${nestingBound(limits.maxDepth)} columns (limits.max-depth is ${limits.maxDepth})`;
    }
    return undefined;
}
function tooManyDocuments(count, limits) {
    return `has ${count} YAML documents, more than the limit of ${limits.maxDocuments} (limits.max-documents)`;
}
/** Returned by readBySpans when the file has to be parsed as one text. */
const READ_WHOLE = Symbol('read the whole file');
/**
 * Reads a file document by document: an opaque document (a CRD) is not built at all, a
 * plain block document is built by the fast reader, and any other is given to the
 * parser on its own text, its offsets then moved to where it sits in the file.
 *
 * The parser does not always end a document at a `---` line: an unclosed quote runs on
 * into the next document. So when a document parsed on its own has an error, the file
 * is parsed again as one text, and its syntax errors are the parser's on the whole file.
 */
function readBySpans(source, spans, limits, visitor) {
    const { path, text } = source;
    const documents = [];
    const file = { path, text, lineCounter: lineCounterOf(text), documents };
    const mayHaveAliases = text.includes('*');
    const skipOpaque = parseSettings.skipOpaqueDocuments && mayHoldOpaqueDocument(text);
    // Counted as the parser counts documents: text before the first `---` that is only
    // comments and blank lines is not one.
    const several = spans.length > 2 ||
        (spans.length === 2 && (spans[0].marker !== -1 || hasContent(text, spans[0])));
    // The fast reader nests no deeper than this; the depth walk is needed only above it.
    const depthChecked = limits.maxDepth >= BLOCK_READER_MAX_DEPTH;
    let count = 0;
    let opaqueObjects = 0;
    const take = (document) => {
        const index = count++;
        if (count > limits.maxDocuments)
            return tooManyDocuments(count, limits);
        if (visitor)
            visitor.document(document, index, file);
        else
            documents.push(document);
        return undefined;
    };
    for (const span of spans) {
        const where = several ? `YAML document ${count + 1}` : 'it';
        if (skipOpaque && opaqueDocumentIn(text, span)) {
            opaqueObjects++;
            const refused = take(opaquePlaceholder(span));
            if (refused)
                return skipped(refused, visitor);
            continue;
        }
        const fast = span.inline
            ? undefined
            : (readBlockDocument(text, span) ?? readJsonDocument(text, span));
        if (fast) {
            const overLimit = depthChecked ? undefined : documentOverLimit(fast, limits, false);
            const refused = overLimit ? `${where} ${overLimit}` : take(fast);
            if (refused)
                return skipped(refused, visitor);
            continue;
        }
        // The next marker line is parsed too, so that the document ends the way it ends
        // in the whole file (a newline before `---` is not the document's); the document
        // that marker opens is then dropped.
        const start = span.marker !== -1 ? span.marker : span.body;
        const markerEnd = text.indexOf('\n', span.end);
        const end = markerEnd === -1 ? text.length : markerEnd + 1;
        let parsed;
        try {
            parsed = (0,dist/* parseAllDocuments */.hR)(text.slice(start, end), PARSE_OPTIONS);
        }
        catch {
            return READ_WHOLE;
        }
        for (const document of Array.isArray(parsed) ? parsed : []) {
            if (document.range[0] + start >= span.end && span.end < text.length)
                break;
            if (document.errors.length > 0)
                return READ_WHOLE;
            if (start > 0)
                shiftDocument(document, start);
            const overLimit = documentOverLimit(document, limits, mayHaveAliases);
            const refused = overLimit ? `${where} ${overLimit}` : take(document);
            if (refused)
                return skipped(refused, visitor);
        }
    }
    return { file, findings: [], opaqueObjects };
}
/** Whether a span holds anything but blank and comment lines. */
function hasContent(text, span) {
    return /^[ \t]*[^ \t\r\n#]/m.test(text.slice(span.body, span.end));
}
function skipped(reason, visitor) {
    visitor?.discard();
    return { findings: [], skipReason: reason };
}
const PARSE_OPTIONS = { prettyErrors: false, keepSourceTokens: false };
/**
 * Stands for a skipped opaque document, so that the documents after it keep their
 * index: a null document, as the parser makes of `~`.
 */
function opaquePlaceholder(span) {
    const document = new dist/* Document */.yo();
    if (span.marker !== -1)
        document.directives.docStart = true;
    const empty = new dist/* Scalar */.X5(null);
    empty.range = [span.body, span.body, span.body];
    document.contents = empty;
    document.range = [span.marker !== -1 ? span.marker : span.body, span.body, span.end];
    return document;
}
/** Parses the file as one text, as the parser reads a stream of documents. */
function readWhole(source, limits, visitor) {
    const { path, text } = source;
    // Documents that no check reads and that are known to parse cleanly are left out of
    // what the parser reads; lines are then counted on the original text.
    const opaque = parseSettings.skipOpaqueDocuments ? findOpaqueDocuments(text) : [];
    const blanked = opaque.length > 0 ? blankOpaque(text, opaque) : undefined;
    const lineCounter = blanked ? lineCounterOf(text) : new dist/* LineCounter */.HN();
    let documents;
    try {
        documents = (0,dist/* parseAllDocuments */.hR)(blanked ? blanked.text : text, {
            ...PARSE_OPTIONS,
            lineCounter: blanked ? undefined : lineCounter,
        });
    }
    catch (error) {
        // The parser recurses; input it cannot hold on the stack is refused, not a crash.
        return {
            findings: [],
            skipReason: `could not be parsed (${error instanceof Error ? error.name : 'error'})`,
        };
    }
    const docs = Array.isArray(documents) ? documents : [];
    if (blanked)
        for (const doc of docs)
            blanked.restore(doc);
    const file = { path, text, lineCounter, documents: docs };
    if (docs.length > limits.maxDocuments) {
        return { findings: [], skipReason: tooManyDocuments(docs.length, limits) };
    }
    const findings = [];
    const mayHaveAliases = text.includes('*');
    for (const [index, doc] of docs.entries()) {
        const error = doc.errors[0];
        if (error) {
            if (!onlyDuplicateKeysOutsideManifest(doc))
                findings.push(syntaxFinding(file, doc, error));
            continue;
        }
        const overLimit = documentOverLimit(doc, limits, mayHaveAliases);
        if (overLimit) {
            const where = docs.length > 1 ? `YAML document ${index + 1}` : 'it';
            return { findings: [], skipReason: `${where} ${overLimit}` };
        }
    }
    if (visitor) {
        docs.forEach((doc, index) => visitor.document(doc, index, file));
        file.documents = [];
    }
    return { file, findings, opaqueObjects: opaque.length };
}
/**
 * A duplicate key matters because kubectl rejects it; in a document that is no
 * Kubernetes object (a package.json, a CI config among the candidate paths) it is not
 * podspec-check's to report. Any other syntax error is, since it may hide a manifest.
 */
function onlyDuplicateKeysOutsideManifest(doc) {
    if (doc.errors.some((error) => error.code !== 'DUPLICATE_KEY'))
        return false;
    const root = doc.contents;
    return !((0,dist/* isMap */.jh)(root) && objectType(root, doc));
}
function syntaxFinding(file, _doc, error) {
    // The parser reports an unclosed quote where the file ends; the opening quote is
    // where the author has to look, and the end may lie past the file's last line.
    const quoteStart = error.code === 'MISSING_CHAR' && /quote/.test(error.message)
        ? openingQuote(file.text, error.pos[0])
        : undefined;
    const range = quoteStart === undefined
        ? offsetsToRange(file, error.pos[0], error.pos[1])
        : offsetsToRange(file, quoteStart, quoteStart + 1);
    const detail = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    const duplicate = error.code === 'DUPLICATE_KEY';
    return {
        checkId: 'yaml-syntax',
        severity: 'error',
        file: file.path,
        range,
        message: duplicate
            ? `${detail}: kubectl's strict decoding rejects duplicate fields, and other tools silently keep only one of them.`
            : `This YAML document does not parse: ${describeYamlError(error.code, detail)}.`,
        why: 'A manifest that does not parse cannot be applied, and none of its objects were checked.',
        fix: duplicate
            ? 'Keep one of the duplicate keys and delete the other.'
            : `Correct the YAML at line ${range.line}, column ${range.column}.`,
    };
}
/** The offset of the quoted scalar that runs up to `pos`, from the parser's token tree. */
function openingQuote(text, pos) {
    let found;
    const visit = (node) => {
        if (Array.isArray(node)) {
            node.forEach(visit);
            return;
        }
        if (!node || typeof node !== 'object')
            return;
        const token = node;
        if ((token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') &&
            typeof token.offset === 'number' &&
            typeof token.source === 'string' &&
            token.offset <= pos &&
            pos <= token.offset + token.source.length) {
            found = token.offset;
        }
        for (const value of Object.values(node))
            if (value && typeof value === 'object')
                visit(value);
    };
    for (const token of new dist/* Parser */.iX().parse(text))
        visit(token);
    return found;
}
/** yaml's messages are terse ("Missing closing \"quote"); say it the way a person would. */
function describeYamlError(code, detail) {
    if (code === 'MISSING_CHAR' && /quote/.test(detail)) {
        return 'a quoted string is never closed (its closing quote is missing)';
    }
    if (code === 'MISSING_CHAR' && /flow/.test(detail)) {
        return 'a flow collection ({...} or [...]) is never closed';
    }
    if (code === 'BAD_INDENT')
        return `the indentation is inconsistent (${detail})`;
    if (code === 'TAB_AS_INDENT')
        return 'a tab is used for indentation; YAML allows only spaces';
    if (code === 'BLOCK_IN_FLOW')
        return `a block value stands inside a flow collection (${detail})`;
    return detail.replace(/\.$/, '');
}

;// CONCATENATED MODULE: ./src/podspecs/extract.ts


const CONTAINER_TYPES = [
    'containers',
    'initContainers',
    'ephemeralContainers',
];
/** Kinds that never carry a pod spec; skipping them keeps large CRD bundles cheap. */
const NO_POD_KINDS = new Set([
    'CustomResourceDefinition',
    'ConfigMap',
    'Secret',
    'Service',
    'ServiceAccount',
    'Namespace',
    'Role',
    'ClusterRole',
    'RoleBinding',
    'ClusterRoleBinding',
    'Ingress',
    'IngressClass',
    'NetworkPolicy',
    'PodDisruptionBudget',
    'HorizontalPodAutoscaler',
    'PersistentVolume',
    'PersistentVolumeClaim',
    'StorageClass',
    'Endpoints',
    'EndpointSlice',
    'LimitRange',
    'ResourceQuota',
    'PriorityClass',
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'APIService',
    'Kustomization',
    'Component',
]);
/**
 * API groups whose objects hold container-shaped data that is not a pod: policy engines
 * match or patch pod specs rather than run them.
 */
const NON_WORKLOAD_GROUPS = [
    /(^|\.)kyverno\.io\//,
    /^templates\.gatekeeper\.sh\//,
    // GKE Autopilot allowlists describe which containers may run, with pod-shaped criteria.
    /^auto\.gke\.io\//,
];
/** Keys under which container-shaped data is a pattern, patch or schema, not a pod. */
const NON_POD_KEYS = new Set([
    'metadata',
    'status',
    'pattern',
    'anyPattern',
    'patchStrategicMerge',
    'patchesStrategicMerge',
    'patchesJson6902',
    'openAPIV3Schema',
    'schema',
    'validation',
    'matchingCriteria',
    'data',
    'stringData',
]);
const extract_MAX_DEPTH = 24;
/**
 * Finds the pod specs of an object without a list of kinds: any mapping with a
 * `containers` sequence of mappings is a pod spec. That covers Pod, PodTemplate, the
 * workload controllers, CronJob, and custom resources that embed a pod template (Argo
 * Rollout, OpenShift DeploymentConfig, Knative Service, JobSet, ...).
 */
function podSpecsOf(object) {
    if (NO_POD_KINDS.has(object.kind))
        return [];
    if (NON_WORKLOAD_GROUPS.some((group) => group.test(object.apiVersion)))
        return [];
    const found = [];
    const visited = new Set();
    search(object, object.node, '', undefined, 0, visited, found);
    return found;
}
function search(object, map, path, parent, depth, visited, found) {
    if (depth > extract_MAX_DEPTH || visited.has(map))
        return;
    visited.add(map);
    const doc = object.document;
    if (depth > 0 && isPodSpec(map, doc)) {
        const templateMetadata = parent ? mapGetMap(parent, 'metadata', doc) : undefined;
        found.push({
            object,
            node: map,
            path,
            templateMetadata,
            containers: containersOf(map, path, doc),
        });
        return;
    }
    for (const item of map.items) {
        const key = item.key?.value;
        if (typeof key !== 'string' || NON_POD_KEYS.has(key))
            continue;
        const value = nodes_resolve(item.value, doc);
        const childPath = path ? `${path}.${key}` : key;
        if ((0,dist/* isMap */.jh)(value)) {
            search(object, value, childPath, map, depth + 1, visited, found);
        }
        else if ((0,dist/* isSeq */.oP)(value)) {
            value.items.forEach((element, index) => {
                const resolved = nodes_resolve(element, doc);
                if ((0,dist/* isMap */.jh)(resolved)) {
                    search(object, resolved, `${childPath}[${index}]`, map, depth + 1, visited, found);
                }
            });
        }
    }
}
function isPodSpec(map, doc) {
    const containers = mapGetSeq(map, 'containers', doc);
    if (!containers)
        return false;
    return containers.items.some((item) => (0,dist/* isMap */.jh)(nodes_resolve(item, doc)));
}
function containersOf(podSpec, podPath, doc) {
    const result = [];
    for (const type of CONTAINER_TYPES) {
        const list = mapGet(podSpec, type, doc);
        if (!(0,dist/* isSeq */.oP)(list))
            continue;
        list.items.forEach((item, index) => {
            const node = nodes_resolve(item, doc);
            if (!(0,dist/* isMap */.jh)(node))
                return;
            result.push({
                type,
                index,
                node,
                name: mapGetText(node, 'name', doc) ?? `#${index + 1}`,
                path: `${podPath}.${type}[${index}]`,
            });
        });
    }
    return result;
}

;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    if (str.indexOf('\\') === -1) {
        return str;
    }
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    if (str.indexOf('\0') === -1) {
        return str;
    }
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    // Like Bash, only the endpoints set the width: `{1..10..02}` is `1 3 5 7 9`.
    const pad = isPadded(n[0]) || isPadded(n[1]);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
// One digit, or a class of digits from a to b.
const digit = (a, b) => a === b ?
    { t: 'lit', ch: String(a) }
    : { t: 'class', re: new RegExp(`^[${a}-${b}]$`) };
const prefix = (d, alts) => alts.map(s => [digit(d, d), ...s]);
// The digit strings from a to b, which have the same length.
const fixed = (a, b) => {
    if (!a)
        return [[]];
    let lo = +a[0];
    let hi = +b[0];
    const ra = a.slice(1);
    const rb = b.slice(1);
    if (lo === hi)
        return prefix(lo, fixed(ra, rb));
    const zeros = '0'.repeat(ra.length);
    const nines = '9'.repeat(ra.length);
    const out = [];
    if (ra !== zeros)
        out.push(...prefix(lo++, fixed(ra, nines)));
    const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
    if (lo <= hi) {
        out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
    }
    out.push(...last);
    return out;
};
// The numbers from a to b, where 0 <= a <= b. If width is set, each
// one has leading zeros to make it that many digits.
const nonneg = (a, b, width) => {
    if (width) {
        return fixed(String(a).padStart(width, '0'), String(b).padStart(width, '0'));
    }
    const out = [];
    for (let len = String(a).length; len <= String(b).length; len++) {
        const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
        const hi = Math.min(b, 10 ** len - 1);
        out.push(...fixed(String(lo), String(hi)));
    }
    return out;
};
/**
 * The strings that the bash brace expansion `{lo..hi}` makes, as
 * the alternatives of an `@(...)` extglob. Each one is a sequence of
 * digits and digit classes, so there are only a few of them, even for
 * a large range.
 *
 * If either end has a leading zero, such as `{01..10}`, each number
 * has leading zeros to make it as long as the longer end, counting a
 * `-` sign. So `{-05..3}` makes `-05` to `-01`, then `000` to `003`.
 *
 * Returns undefined if either end is not a safe integer.
 */
const numericRange = (loStr, hiStr) => {
    let lo = Number(loStr);
    let hi = Number(hiStr);
    if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
        return;
    if (lo > hi)
        [lo, hi] = [hi, lo];
    const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
    const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
    const out = [];
    if (lo < 0) {
        const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
        out.push(...neg.map(s => [{ t: 'lit', ch: '-' }, ...s]));
    }
    if (hi >= 0)
        out.push(...nonneg(Math.max(lo, 0), hi, width));
    return out;
};
//# sourceMappingURL=numeric-range.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}'],
    '[:alpha:]': ['\\p{L}\\p{Nl}'],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f'],
    '[:blank:]': ['\\p{Zs}\\t'],
    '[:cntrl:]': ['\\p{Cc}'],
    '[:digit:]': ['\\p{Nd}'],
    '[:graph:]': ['\\p{Z}\\p{C}', true],
    '[:lower:]': ['\\p{Ll}'],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}\\p{S}'],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f'],
    '[:upper:]': ['\\p{Lu}'],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}'],
    '[:xdigit:]': ['A-Fa-f0-9'],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
const noMatch = /$./;
// Takes a glob string at a posix brace expression. Returns a RegExp
// that tests one character, and the number of glob chars consumed.
// If the class is not closed, consumed is 0, and the `[` must be
// treated as a literal character.
// Out of order ranges are removed. If nothing is left, the RegExp
// is `/$./`, and the rest of the glob is consumed, so that the
// whole glob cannot match.
const parseClass = (glob, position, nocase = false, form) => {
    // normalize one class member, if it stays one code point
    const norm = (c) => {
        const n = form ? c.normalize(form) : c;
        return [...n].length === 1 ? n : c;
    };
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = String.fromCodePoint(glob.codePointAt(i));
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return [noMatch, glob.length - pos];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        const n = norm(c);
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(n));
            }
            else if (n === rangeStart) {
                ranges.push(braceEscape(n));
            }
            rangeStart = '';
            i += c.length;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + c.length)) {
            ranges.push(braceEscape(n + '-'));
            i += c.length + 1;
            continue;
        }
        if (glob.startsWith('-', i + c.length)) {
            rangeStart = n;
            i += c.length + 1;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(n));
        i += c.length;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return [noMatch, 0];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return [noMatch, glob.length - pos];
    }
    const sranges = '[' + (negate ? '^' : '') + ranges.join('') + ']';
    const snegs = '[' + (negate ? '' : '^') + negs.join('') + ']';
    const comb = '^' +
        (ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
            : ranges.length ? sranges
                : snegs);
    return [new RegExp(comb, nocase ? 'iu' : 'u'), endPos - pos];
};
//# sourceMappingURL=parse-class.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js


// the end of the pattern, or of a negated sub-pattern
const MATCH = { t: 'match', id: 0 };
const extTypes = '!?+*@';
const lit = (ch) => ({ t: 'lit', ch });
const reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
// a RegExp that only matches `s`, with unicode case folding
const newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, 'iu');
// foldRe for one literal char. The same chars are in most patterns,
// so keep them. A RegExp without the `g` or `y` flag has no state to
// share.
const foldCache = new Map();
const foldRe = (ch) => {
    let re = foldCache.get(ch);
    if (!re) {
        re = newFoldRe(ch);
        if (foldCache.size >= 1000)
            foldCache.clear();
        foldCache.set(ch, re);
    }
    return re;
};
const litMatch = (l, c) => {
    if (c === l.ch)
        return true;
    if (!l.re)
        return false;
    const code = c.charCodeAt(0);
    if (code >= 128)
        return l.re.test(c);
    const ascii = (l.ascii ??= new Uint8Array(128));
    ascii[code] ||= l.re.test(c) ? 1 : 2;
    return ascii[code] === 1;
};
const tokenize = (p, nocase, noext, form, mark) => {
    const toks = [];
    for (let i = 0; i < p.length;) {
        const c = String.fromCodePoint(p.codePointAt(i));
        if (mark) {
            // a \ before a range would only escape its first char
            const m = c === '\\' && p.startsWith(mark, i + 1) ? 1 : 0;
            if (m || c === mark) {
                const start = i + m + mark.length;
                const end = p.indexOf(mark, start);
                const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
                const alts = end !== -1 && r && numericRange(r[1], r[2]);
                if (alts) {
                    toks.push({ t: 'ext', type: '@', alts });
                    i = end + mark.length;
                    continue;
                }
            }
        }
        if (c === '\\') {
            // a trailing \ is a literal \
            const e = p.codePointAt(i + 1);
            const ch = e === undefined ? c : String.fromCodePoint(e);
            toks.push(lit(ch));
            i += 1 + ch.length;
            continue;
        }
        if (c === '[') {
            const [re, consumed] = parseClass(p, i, nocase, form);
            if (consumed) {
                toks.push({ t: 'class', re });
                i += consumed;
                continue;
            }
        }
        if (!noext && extTypes.includes(c) && p[i + 1] === '(') {
            toks.push({ t: 'open', type: c });
            i += 2;
            continue;
        }
        toks.push(!noext && c === '|' ? { t: 'bar' }
            : !noext && c === ')' ? { t: 'close' }
                : c === '*' ? { t: 'star' }
                    : c === '?' ? { t: 'any' }
                        : lit(c));
        i += c.length;
    }
    return toks;
};
// map each open token index to the index of its close token
const pair = (toks) => {
    const pairs = new Map();
    const stack = [];
    toks.forEach((tok, i) => {
        if (tok.t === 'open')
            stack.push(i);
        else if (tok.t === 'close' && stack.length)
            pairs.set(stack.pop(), i);
    });
    return pairs;
};
// build the alternatives between start and end. An open token that
// is not closed is never inside a closed extglob, so bar and close
// tokens are only literal at the top level.
const build = (toks, pairs, start, end, top) => {
    let seq = [];
    const alts = [seq];
    for (let i = start; i < end; i++) {
        const tok = toks[i];
        const close = pairs.get(i);
        if (tok.t === 'open' && close !== undefined) {
            const sub = build(toks, pairs, i + 1, close, false);
            seq.push({ t: 'ext', type: tok.type, alts: sub });
            i = close;
        }
        else if (tok.t === 'bar' && !top) {
            alts.push((seq = []));
        }
        else if (tok.t === 'open') {
            seq.push(lit(tok.type), lit('('));
        }
        else if (tok.t === 'bar') {
            seq.push(lit('|'));
        }
        else if (tok.t === 'close') {
            seq.push(lit(')'));
        }
        else {
            seq.push(tok);
        }
    }
    return alts;
};
// normalize each run of literal chars as one string, so that a char
// and the combining marks after it compose (or decompose) together.
// Syntax is already parsed, so a char that normalizes to a syntax
// char (such as full-width `＊` in NFKC) stays a literal.
const normalize = (items, form) => {
    const out = [];
    let run = '';
    const flush = () => {
        for (const ch of run.normalize(form))
            out.push(lit(ch));
        run = '';
    };
    for (const it of items) {
        if (it.t === 'lit') {
            run += it.ch;
            continue;
        }
        flush();
        out.push(it.t === 'ext' ?
            { ...it, alts: it.alts.map(a => normalize(a, form)) }
            : it);
    }
    flush();
    return out;
};
// the start node, and the number of node ids. Ids are dense, from 0
// for the match node.
const compile = (items, nocase) => {
    let id = 1;
    const split = (out) => ({ t: 'split', id: id++, out });
    const seq = (items, next) => items.reduceRight((next, it) => item(it, next), next);
    const item = (it, next) => {
        switch (it.t) {
            case 'lit':
                const re = nocase ? foldRe(it.ch) : undefined;
                return { t: 'lit', id: id++, ch: it.ch, re, next };
            case 'any':
            case 'star':
                return { t: it.t, id: id++, next };
            case 'class':
                return { t: 'class', id: id++, re: it.re, next };
        }
        const alts = (next) => it.alts.map(a => seq(a, next));
        switch (it.type) {
            case '@':
                return split(alts(next));
            case '?':
                return split([next, ...alts(next)]);
            case '!':
                return { t: 'neg', id: id++, sub: split(alts(MATCH)), next };
        }
        // * and +, loop back after each match
        const after = split([]);
        const entry = split(alts(after));
        after.out.push(next, entry);
        return it.type === '*' ? after : entry;
    };
    const start = seq(items, MATCH);
    return [start, id];
};
// one line per node, in the order that a walk from the start
// reaches them. Edges point to node ids. The nodes of a negated
// sub-pattern are indented under their negation.
const show = (start) => {
    const lines = [];
    const seen = new Set();
    const ref = (n) => (n.t === 'match' ? 'match' : String(n.id));
    const walk = (n, indent) => {
        if (n.t === 'match' || seen.has(n))
            return;
        seen.add(n);
        const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
        switch (n.t) {
            case 'split':
                line(`split -> ${n.out.map(ref).join(', ')}`);
                for (const o of n.out)
                    walk(o, indent);
                return;
            case 'neg':
                line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
                walk(n.sub, indent + '  ');
                return walk(n.next, indent);
            case 'lit':
                line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
                break;
            case 'class':
                line(`${n.re} -> ${ref(n.next)}`);
                break;
            default:
                line(`${n.t === 'any' ? '?' : '*'} -> ${ref(n.next)}`);
        }
        walk(n.next, indent);
    };
    walk(start, '');
    return [`start -> ${ref(start)}`, ...lines].join('\n');
};
// The threads at one position in the string. Each node thread is
// only kept once, and runs with the same state are only kept once,
// so that identical threads merge. The match node is not in
// `threads`, because it can not step. It sets `match` instead.
class State {
    // set by the Sim, to mark the nodes that this state has
    gen;
    threads = [];
    match = false;
    runs = [];
    // the sorted ids of the threads, with 0 for a match, once the
    // state is done
    ids = [];
    constructor(gen) {
        this.gen = gen;
    }
    // no threads, so nothing more can match
    get dead() {
        return !this.threads.length && !this.match && !this.runs.length;
    }
}
// true if the two states hold the same threads
const sameState = (a, b) => {
    if (a.ids.length !== b.ids.length)
        return false;
    if (a.runs.length !== b.runs.length)
        return false;
    if (a.ids.some((id, i) => id !== b.ids[i]))
        return false;
    return a.runs.every(r => b.runs.some(o => o.neg === r.neg && sameState(o.state, r.state)));
};
const marks = (size) => ({
    has: new Float64Array(size),
    seen: new Float64Array(size),
    gen: 0,
});
class Sim {
    // `.` and `..` only match literal dots, even with `dot:true`
    dots;
    // the string starts with `.`, and `dot:true` is not set
    dotStart;
    #marks;
    constructor(dots, dotStart, marks) {
        this.dots = dots;
        this.dotStart = dotStart;
        this.#marks = marks;
    }
    state() {
        return new State(++this.#marks.gen);
    }
    // sort the ids of a state, once it has all of its threads
    done(state) {
        state.ids = state.threads.map(n => n.id).sort((a, b) => a - b);
        if (state.match)
            state.ids.unshift(MATCH.id);
        return state;
    }
    // true the first time that the state walks through the node, so
    // that loops in the graph stop
    #visit(state, node) {
        const { seen } = this.#marks;
        if (seen[node.id] === state.gen)
            return false;
        seen[node.id] = state.gen;
        return true;
    }
    #addThread(state, node) {
        const { has } = this.#marks;
        if (has[node.id] === state.gen)
            return false;
        has[node.id] = state.gen;
        state.threads.push(node);
        return true;
    }
    // wildcards only match a leading dot if `dot:true`. In a negated
    // sub-pattern, this does not apply, because the negation itself
    // can not match a leading dot.
    restricted(i, top) {
        return top && (this.dots || (this.dotStart && i === 0));
    }
    add(state, node, i, top) {
        switch (node.t) {
            case 'split':
                if (!this.#visit(state, node))
                    return;
                for (const o of node.out)
                    this.add(state, o, i, top);
                return;
            case 'neg':
                if (!this.#visit(state, node))
                    return;
                const sub = this.state();
                this.add(sub, node.sub, i, false);
                this.done(sub);
                return this.addRun(state, { t: 'run', neg: node, state: sub }, i, top);
            case 'star':
                // a * can not start a dotfile, even if it matches nothing
                if (this.restricted(i, top))
                    return;
                if (this.#addThread(state, node))
                    this.add(state, node.next, i, top);
                return;
            case 'match':
                state.match = true;
                return;
            default:
                this.#addThread(state, node);
        }
    }
    addRun(state, run, i, top) {
        for (const r of state.runs) {
            if (r.neg === run.neg && sameState(r.state, run.state))
                return;
        }
        state.runs.push(run);
        if (!run.state.match) {
            this.add(state, run.neg.next, i, top);
        }
    }
    // the threads after char `c`, at index `i`
    step(state, c, i, top) {
        const next = this.state();
        for (const th of state.threads) {
            switch (th.t) {
                case 'lit':
                    if (litMatch(th, c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'any':
                    if (!this.restricted(i, top))
                        this.add(next, th.next, i + 1, top);
                    break;
                case 'class':
                    if (!this.restricted(i, top) && th.re.test(c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'star':
                    if (!this.restricted(i, top))
                        this.add(next, th, i + 1, top);
            }
        }
        if (!this.restricted(i, top)) {
            for (const run of state.runs) {
                // a sub-pattern with no threads can not match again, so the
                // run stays the same
                if (run.state.dead) {
                    this.addRun(next, run, i + 1, top);
                    continue;
                }
                const sub = this.step(run.state, c, i, false);
                this.addRun(next, { t: 'run', neg: run.neg, state: sub }, i + 1, top);
            }
        }
        return this.done(next);
    }
}
// A canonical key for the threads in a state. States with the same
// key hold the same threads, so they match the same strings.
const stateKey = (state) => {
    const ids = state.ids.join();
    if (!state.runs.length)
        return ids;
    const runs = state.runs.map(r => `${r.neg.id}(${stateKey(r.state)})`);
    return `${ids}|${runs.sort().join('|')}`;
};
// The cache can hold about this many chars of state keys and
// transitions. When it is full, it is cleared, so that a pattern
// can not use an unbounded amount of memory.
const DFA_BUDGET = 1 << 18;
// A cache of the states that the simulation reaches, built as the
// matcher is used. Each char of a string is then one Map lookup,
// once the states that it leads to are known.
//
// The dot rules only restrict the first char of a dotfile (strings
// that are only `.` or `..` do not use the cache). So a dotfile
// starts at its own state, which takes its first step with the
// restriction, and every other state takes steps without it.
class Dfa {
    #start;
    #states = new Map();
    #size = 0;
    #plain;
    #dotStart;
    #sim;
    #dotSim;
    constructor(start, marks) {
        this.#start = start;
        this.#sim = new Sim(false, false, marks);
        this.#dotSim = new Sim(false, true, marks);
    }
    #make(state) {
        return {
            state,
            match: state.match,
            dead: state.dead,
            next: new Map(),
        };
    }
    #intern(state) {
        const key = stateKey(state);
        const found = this.#states.get(key);
        if (found)
            return found;
        if (this.#size > DFA_BUDGET)
            this.#clear();
        const d = this.#make(state);
        this.#states.set(key, d);
        this.#size += key.length + 1;
        return d;
    }
    #clear() {
        this.#states.clear();
        this.#size = 0;
        this.#plain = undefined;
        this.#dotStart = undefined;
    }
    start(dotStart) {
        if (dotStart) {
            if (this.#dotStart)
                return this.#dotStart;
            const state = this.#dotSim.state();
            this.#dotSim.add(state, this.#start, 0, true);
            return (this.#dotStart = this.#make(this.#dotSim.done(state)));
        }
        if (this.#plain)
            return this.#plain;
        const state = this.#sim.state();
        this.#sim.add(state, this.#start, 0, true);
        return (this.#plain = this.#intern(this.#sim.done(state)));
    }
    // the next state, after a miss in `d.ascii`
    next(d, c) {
        const code = c.charCodeAt(0);
        const found = code < 128 ? undefined : d.next.get(c);
        if (found)
            return found;
        // the dotfile start is not in the cache, so it is never shared
        const n = d === this.#dotStart ?
            this.#intern(this.#dotSim.step(d.state, c, 0, true))
            : this.#intern(this.#sim.step(d.state, c, 1, true));
        if (code < 128) {
            if (!d.ascii) {
                d.ascii = new Array(128);
                this.#size += 128;
            }
            d.ascii[code] = n;
        }
        else {
            d.next.set(c, n);
        }
        this.#size++;
        return n;
    }
}
// the nodes in order, if the graph is a single chain
const linear = (start) => {
    const nodes = [];
    for (let n = start; n.t !== 'match'; n = n.next) {
        if (n.t === 'split' || n.t === 'neg')
            return undefined;
        nodes.push(n);
    }
    return nodes;
};
// Match a chain of nodes. Each node other than `*` matches exactly
// one char, so on a failure it is enough to go back to the last `*`
// and let it match one more char. This takes at most
// nodes.length * chars.length steps.
const testLinear = (nodes, chars, start, end) => {
    let ni = 0;
    let ci = start;
    let starNi = -1;
    let starCi = 0;
    while (ci < end) {
        const n = nodes[ni];
        if (n?.t === 'star') {
            starNi = ni++;
            starCi = ci;
            continue;
        }
        const c = chars[ci];
        if (n &&
            (n.t === 'any' ||
                (n.t === 'lit' && litMatch(n, c)) ||
                (n.t === 'class' && n.re.test(c)))) {
            ni++;
            ci++;
            continue;
        }
        if (starNi === -1)
            return false;
        ni = starNi + 1;
        ci = ++starCi;
    }
    while (nodes[ni]?.t === 'star')
        ni++;
    return ni === nodes.length;
};
// The least and most chars that the items can match. These are only
// bounds: a negation can match a string of any length, so it counts
// as 0 to Infinity.
const lengths = (items) => {
    let min = 0;
    let max = 0;
    for (const it of items) {
        const [lo, hi] = itemLengths(it);
        min += lo;
        max += hi;
    }
    return [min, max];
};
const itemLengths = (it) => {
    if (it.t === 'star')
        return [0, Infinity];
    if (it.t !== 'ext')
        return [1, 1];
    if (it.type === '!')
        return [0, Infinity];
    const alts = it.alts.map(lengths);
    const min = Math.min(...alts.map(a => a[0]));
    const max = Math.max(...alts.map(a => a[1]));
    // a loop of alternatives that only match the empty string is empty
    const loop = max === 0 ? 0 : Infinity;
    return (it.type === '@' ? [min, max]
        : it.type === '?' ? [0, max]
            : it.type === '*' ? [0, loop]
                : [min, loop]);
};
// true if the chars from `start` match the literals
const hasAffix = (lits, chars, start) => {
    for (let j = 0; j < lits.length; j++) {
        if (!litMatch(lits[j], chars[start + j]))
            return false;
    }
    return true;
};
// a `/`, or half of a surrogate pair
const slashOrSurrogate = /[/\ud800-\udfff]/;
const surrogate = /[\ud800-\udfff]/;
// a string can be indexed by code point, unless it has surrogate
// pairs
const codePoints = (s) => surrogate.test(s) ? [...s] : s;
const noSlash = (s) => {
    if (s.includes('/')) {
        throw new Error('can only match a single path portion, got: ' + s);
    }
};
class Matcher {
    pattern;
    options;
    #start;
    // the number of node ids
    #size;
    #marks;
    // the Sim for strings that are only `.` or `..`
    #dotsSim;
    // the string to compare, if the pattern has no magic. With
    // `nocase:true`, the RegExp that folds case is made when it is
    // first used.
    #literal;
    #literalFold = false;
    #literalRe;
    // the nodes between the prefix and suffix, if the graph is a
    // single chain
    #linear;
    // the linear nodes are only `*` and `?`, so the length bounds and
    // the prefix and suffix decide the match
    #wild = false;
    // the least and most chars that a match can have
    #min = 0;
    #max = Infinity;
    // the literals that a match must start and end with. Each one
    // matches exactly one char, and they are distinct items in the
    // pattern, so a string that does not have them can not match.
    #prefix = [];
    #suffix = [];
    // the prefix and suffix as strings, if they do not fold case
    #prefixStr;
    #suffixStr;
    // there is a prefix or suffix to check
    #affix = false;
    #dfa;
    #form;
    constructor(pattern, options = {}) {
        if (pattern.includes('/')) {
            throw new Error('can only match a single path portion, got pattern: ' + pattern);
        }
        this.pattern = pattern;
        this.options = options;
        const { nocase = false, noext = false, normalize: n } = options;
        this.#form = n === true ? 'NFC' : n || undefined;
        // a pattern that is only an empty extglob is a literal string,
        // except for `!()`, which matches any non-empty string
        const literal = /^[?*+@]\(\)$/.test(pattern);
        const toks = tokenize(pattern, nocase, noext || literal, this.#form, options.rangeMark);
        let [items] = build(toks, pair(toks), 0, toks.length, true);
        if (this.#form)
            items = normalize(items, this.#form);
        const [start, size] = compile(items, nocase);
        this.#start = start;
        this.#size = size;
        if (items.every(it => it.t === 'lit')) {
            this.#literal = items.map(it => it.ch).join('');
            this.#literalFold = nocase;
        }
        else {
            const lit = (it) => it.t !== 'lit' ? undefined
                : nocase ? { ch: it.ch, re: foldRe(it.ch) }
                    : { ch: it.ch };
            for (const it of items) {
                const l = lit(it);
                if (!l)
                    break;
                this.#prefix.push(l);
            }
            for (let j = items.length - 1; j >= 0; j--) {
                const l = lit(items[j]);
                if (!l)
                    break;
                this.#suffix.unshift(l);
            }
            this.#affix = !!(this.#prefix.length || this.#suffix.length);
            if (!nocase) {
                this.#prefixStr = this.#prefix.map(l => l.ch).join('');
                this.#suffixStr = this.#suffix.map(l => l.ch).join('');
            }
            this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || undefined);
            this.#wild = !!this.#linear?.every(n => n.t === 'star' || n.t === 'any');
            const [min, max] = lengths(items);
            this.#min = min;
            this.#max = max;
        }
    }
    test(s) {
        // The `/` check uses the string as given, so with normalization it
        // is a separate step. Otherwise, one scan finds both a `/` and the
        // surrogate pairs that stop the string being indexed by code point.
        if (this.#form) {
            noSlash(s);
            return this.#test(s.normalize(this.#form));
        }
        if (slashOrSurrogate.test(s)) {
            noSlash(s);
            return this.#test(s, [...s]);
        }
        return this.#test(s, s);
    }
    /**
     * The same as {@link Matcher#test}, but the string is not checked
     * for `/` chars, so the result for a string that has one is not
     * defined. Only use it for a string that is known to be one path
     * portion, such as a part of a path that was split on `/`. It can
     * be faster, because some patterns do not need to look at each char
     * of the string.
     */
    testUnchecked(s) {
        return this.#test(this.#form ? s.normalize(this.#form) : s);
    }
    // Test a string that has no `/`. `chars` indexes it by code point.
    // If it is not given, it is only found if a step needs it.
    #test(s, chars) {
        if (this.#literal !== undefined) {
            return this.#literalFold ?
                (this.#literalRe ??= newFoldRe(this.#literal)).test(s)
                : s === this.#literal;
        }
        // the length check means that the prefix and suffix do not
        // overlap. Without the chars, the length in code points is from
        // half of the UTF-16 length (if each one is a surrogate pair) to
        // all of it, which is often enough to know.
        const min = this.#min;
        const max = this.#max;
        if (chars === undefined) {
            const most = s.length;
            const least = (most + 1) >> 1;
            if (most < min || least > max)
                return false;
            if (least < min || most > max)
                chars = codePoints(s);
        }
        if (chars !== undefined &&
            (chars.length < min || chars.length > max)) {
            return false;
        }
        const prefix = this.#prefix.length;
        if (this.#affix) {
            if (this.#prefixStr !== undefined && this.#suffixStr !== undefined) {
                if (!s.startsWith(this.#prefixStr) ||
                    !s.endsWith(this.#suffixStr)) {
                    return false;
                }
            }
            else {
                chars ??= codePoints(s);
                const end = chars.length - this.#suffix.length;
                if (!hasAffix(this.#prefix, chars, 0) ||
                    !hasAffix(this.#suffix, chars, end)) {
                    return false;
                }
            }
        }
        const dotStart = !this.options.dot && s.startsWith('.');
        if (this.#linear) {
            // `.` and `..` only match literal dots, even with `dot:true`
            if (s === '.' || s === '..')
                return false;
            // only a literal can match the leading dot. A `*` can not
            // start a dotfile, even if it matches nothing.
            if (dotStart && !prefix)
                return false;
            if (this.#wild)
                return true;
            chars ??= codePoints(s);
            const end = chars.length - this.#suffix.length;
            return testLinear(this.#linear, chars, prefix, end);
        }
        chars ??= codePoints(s);
        if (s === '.' || s === '..') {
            this.#marks ??= marks(this.#size);
            const sim = (this.#dotsSim ??= new Sim(true, false, this.#marks));
            const start = sim.state();
            sim.add(start, this.#start, 0, true);
            let state = sim.done(start);
            for (let i = 0; i < chars.length; i++) {
                state = sim.step(state, chars[i], i, true);
            }
            return state.match;
        }
        this.#marks ??= marks(this.#size);
        const dfa = (this.#dfa ??= new Dfa(this.#start, this.#marks));
        let d = dfa.start(dotStart);
        // read char codes from the string, so that a one-char string is
        // only made for a cache miss
        const str = chars === s;
        for (let i = 0; i < chars.length; i++) {
            if (d.dead)
                return false;
            const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
            d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
        }
        return d.match;
    }
    /** a readable listing of the state machine */
    toString() {
        return show(this.#start);
    }
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 *
 * A leading `#` or `!` is escaped as well, so that the result is never a
 * comment or a negated pattern. In `windowsPathsNoEscape` mode, a leading
 * `!` is written as `@(!)`, because `[!` starts a negated class.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    // However, at the start of the pattern, '!' negates the pattern and
    // '#' makes it a comment, so the first character is handled below.
    const e = magicalBraces ?
        windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&')
        : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, '[$&]')
            : s.replace(/[?*()[\]\\]/g, '\\$&');
    const c = e.charAt(0);
    if (c === '#') {
        return (windowsPathsNoEscape ? '[#]' : '\\#') + e.slice(1);
    }
    if (c === '!') {
        // '[!]' can not be used, because '[!' starts a negated class, and
        // '\' is a path separator in windowsPathsNoEscape mode. '@(!)'
        // matches only '!'. If extglobs are disabled with `noext`, it
        // matches nothing, rather than everything.
        return (windowsPathsNoEscape ? '@(!)' : '\\!') + e.slice(1);
    }
    return e;
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    // escape() writes a leading '!' as '@(!)' in windowsPathsNoEscape mode
    if (windowsPathsNoEscape && s.startsWith('@(!)')) {
        return ('!' + unescape_unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces }));
    }
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const DEFAULT_BRACE_EXPAND_MAX = 100_000;
const DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
// avoid the annoying deprecation flag lol
const AWE_KEY = ('allowWindow' + 'sEscape');
const minimatch = (p, pattern, options) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options?.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return cachedMinimatch(pattern, options).match(p);
};
// The Minimatch objects that minimatch() used most recently, by options
// and then by pattern. When the cache is full, it becomes the old one,
// and the objects used from the old one are moved back to a new one.
// So it keeps 256 to 512 objects.
// The patterns can come from users, so the cache is also bounded by
// the total weight of the objects (see cacheWeight()), and an object
// that is too heavy is never kept. Otherwise a few unique patterns
// with large brace expansions would fill the heap.
let cache = new Map();
let oldCache = new Map();
let cacheSize = 0;
let cacheTotalWeight = 0;
const cacheMax = 256;
const cacheMaxWeight = 1 << 15;
const cacheMaxEntryWeight = 1 << 12;
// About the memory that a compiled object keeps: the pattern and the
// expanded patterns, of which each row in set is made.
const cacheWeight = (mm) => {
    let w = mm.pattern.length;
    for (const s of mm.globSet) {
        w += s.length + 1;
        if (w > cacheMaxEntryWeight)
            break;
    }
    return w;
};
// tsc fails here if a new option is in neither type. Add it to
// optionsKey() too.
const allOptionsKeyed = true;
void allOptionsKeyed;
// 0, 1 or 2 for undefined, falsy or truthy.
const tri = (v) => v === undefined ? 0
    : v ? 2
        : 1;
// The weight of each boolean option's base-3 digit in the key. The
// weights below 24 are for optimizationLevel (1), platform (3) and
// windowsPathsNoEscape (12). tsc fails here if a boolean option is
// not in the list.
const booleanWeights = new Map(Object.keys({
    nobrace: 0,
    nocomment: 0,
    nonegate: 0,
    noglobstar: 0,
    noext: 0,
    nonull: 0,
    partial: 0,
    dot: 0,
    nocase: 0,
    nocaseMagicOnly: 0,
    magicalBraces: 0,
    matchBase: 0,
    flipNegate: 0,
    preserveMultipleSlashes: 0,
    windowsNoMagicRoot: 0,
}).map((k, i) => [k, 24 * 3 ** i]));
// The cache key for a set of options. It is a number, unless an
// option is set to a value that the number can not show, such as
// normalize or an uncommon platform. Then it is a JSON string.
// The defaults give 0, the same key as no options.
// It only reads the keys that are set, so that the speed does not
// depend on the shape of the options object.
const optionsKey = (o) => {
    let n = 0;
    let wpe = false;
    // inherited keys too, because Minimatch reads them
    // oxlint-disable-next-line guard-for-in
    for (const k in o) {
        const v = o[k];
        switch (k) {
            // the same test as the Minimatch constructor
            case 'windowsPathsNoEscape':
                if (v)
                    wpe = true;
                break;
            case AWE_KEY:
                if (v === false)
                    wpe = true;
                break;
            case 'platform': {
                // the same test as the Minimatch constructor
                const p = v || defaultPlatform;
                if (p === defaultPlatform)
                    break;
                if (p === 'darwin')
                    n += 3;
                else if (p === 'win32')
                    n += 6;
                else if (p === 'linux')
                    n += 9;
                else
                    return JSON.stringify(o);
                break;
            }
            case 'optimizationLevel':
                // The same tests as Minimatch: 1 when undefined, then >= 2,
                // >= 1, or else 0. The default level 1 adds 0.
                if (v === undefined)
                    break;
                n +=
                    v >= 2 ? 1
                        : v >= 1 ? 0
                            : 2;
                break;
            case 'braceExpandMax':
                if (v !== undefined && v !== DEFAULT_BRACE_EXPAND_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'maxGlobstarRecursion':
                if (v !== undefined && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'normalize':
                if (v !== undefined)
                    return JSON.stringify(o);
                break;
            default:
                // unknown keys have no weight
                n += (booleanWeights.get(k) ?? 0) * tri(v);
        }
    }
    return wpe ? n + 12 : n;
};
// A copy, so a later change to the options can not change it. It has
// the inherited keys as its own keys, and no prototype. So Minimatch
// reads from it only the values that optionsKey() read, and a
// `__proto__` key is a plain key.
const copyOptions = (o) => {
    const copy = Object.create(null);
    // oxlint-disable-next-line guard-for-in
    for (const k in o)
        copy[k] = o[k];
    return copy;
};
// Used when there are no options, so that keys inherited from
// Object.prototype are read the same as Minimatch reads them.
const noOptions = {};
const cachedMinimatch = (pattern, options) => {
    options ||= noOptions;
    const key = optionsKey(options);
    let mm = cache.get(key)?.get(pattern);
    if (mm)
        return mm;
    mm =
        oldCache.get(key)?.get(pattern) ??
            new Minimatch(pattern, copyOptions(options));
    const weight = cacheWeight(mm);
    // too big to keep, so it is compiled again each time
    if (weight > cacheMaxEntryWeight)
        return mm;
    if (cacheSize >= cacheMax ||
        cacheTotalWeight + weight > cacheMaxWeight) {
        oldCache = cache;
        cache = new Map();
        cacheSize = 0;
        cacheTotalWeight = 0;
    }
    let byPattern = cache.get(key);
    if (!byPattern)
        cache.set(key, (byPattern = new Map()));
    byPattern.set(pattern, mm);
    cacheSize++;
    cacheTotalWeight += weight;
    return mm;
};
const defaultPlatform = (typeof process === 'object' && process ?
    process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform
    // ubq: not measured: tests always run where process exists
    : 'posix');
const path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
const esm_sep = defaultPlatform === 'win32' ? path.win32.sep : path.posix.sep;
minimatch.sep = esm_sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
const filter = (pattern, options) => {
    let mm;
    return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    // brace-expansion turns each escaped backslash '\\' into a single '\',
    // which then escapes the next character instead, and can turn an
    // escaped magic character (for example '\\\*') into a live one.
    // Double every pair, so an escaped backslash comes back out still
    // escaped. The parity of each run of backslashes is unchanged.
    let p = pattern.replace(/\\\\/g, '\\\\\\\\');
    // brace-expansion does not know about [...] classes. In
    // windowsPathsNoEscape mode, escape() writes a literal brace as '[{]'
    // or '[}]'. Escape the brace for brace-expansion, which removes that
    // backslash again, leaving '[{]' or '[}]'.
    if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
        p = p.replace(/\[([{}])\]/g, '[\\$1]');
    }
    return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// A numeric range with at least this many values is matched as one
// pattern portion, rather than expanded. For a glob walk, that is
// one directory read, in place of a stat for each value.
const RANGE_MIN = 100;
// a {lo..hi} range that is not escaped, and not a ${...} variable
const rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
// true if a range mark in this portion is inside a `!(...)`,
// `*(...)` or `+(...)` extglob. Those repeat or negate their
// contents, so one Matcher for the whole range does not match the
// same strings as the union of one pattern per value. For example,
// `*({1..100})` would match `510` as `5` then `10`, and `!({1..100})`
// would not match `5`, but every expanded pattern except `!(5)` does.
// `@(...)` and `?(...)` are fine: they pick one value at most.
const inRepeatOrNegExt = (portion, mark) => {
    const stack = [];
    for (let i = 0; i < portion.length; i++) {
        const c = portion.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if (c === mark) {
            if (stack.some(t => t !== '@' && t !== '?'))
                return true;
        }
        else if (portion.charAt(i + 1) === '(' && '!?+*@'.includes(c)) {
            stack.push(c);
            i++;
        }
        else if (c === ')') {
            stack.pop();
        }
    }
    return false;
};
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
// Index of the `]` that closes the class that starts at `start`,
// or -1 if it is not closed. Posix classes such as `[:alpha:]` are
// not skipped, so this can find a `]` before the real end. That
// only makes a class look less like a literal.
const classEnd = (pattern, start) => {
    let i = start + 1;
    if (pattern.charAt(i) === '!' || pattern.charAt(i) === '^')
        i++;
    let sawStart = false;
    for (; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === ']' && sawStart)
            return i;
        sawStart = true;
        if (c === '\\')
            i++;
    }
    return -1;
};
// If a path portion pattern has no magic, return the string it
// matches. Otherwise, return undefined. This can report magic for
// a pattern that is in fact literal (eg, `[]`), but never the
// reverse, so a string result is always safe to compare directly.
const literal = (pattern, noext) => {
    if (!noext && (pattern === '+()' || pattern === '@()'))
        return pattern;
    let lit = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            // a trailing \ is a literal \
            lit += pattern.charAt(++i) || c;
        }
        else if (c === '*' || c === '?') {
            return undefined;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close === -1) {
                // not closed, so the [ is a literal
                lit += c;
                continue;
            }
            // a class of one char, such as `[*]` or `[\b]`, is a literal
            let body = pattern.slice(i + 1, close);
            if (body.startsWith('\\'))
                body = body.slice(1);
            if ([...body].length !== 1 || '!^'.includes(pattern.charAt(i + 1))) {
                return undefined;
            }
            lit += body;
            i = close;
        }
        else if (!noext &&
            '+@!'.includes(c) &&
            pattern.charAt(i + 1) === '(' &&
            pattern.includes(')', i + 2)) {
            return undefined;
        }
        else {
            lit += c;
        }
    }
    return lit;
};
// The matching engine compiles and walks extglobs recursively, so a
// path portion with very many extglobs (nested, such as `*(*(*(a)))`,
// or in a row, such as `?(a)?(a)?(a)`) can exhaust the call stack.
// Portions with more than this many extglobs are rejected.
const MAX_EXTGLOBS = 256;
// The number of extglob openers, such as `*(`, in a path portion
// pattern. Chars in a class are counted too, so this can be more than
// the number of extglobs, but never less.
const extglobCount = (pattern) => {
    let n = 0;
    for (let i = 0; i < pattern.length - 1; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            n++;
            i++;
        }
    }
    return n;
};
const assertValidExtglobs = (pattern) => {
    if (extglobCount(pattern) > MAX_EXTGLOBS) {
        throw new TypeError('pattern has too many extglobs');
    }
};
// True if the portion pattern has the same meaning as an alternative
// inside `@(...)`. It must not have a `|` or `)` that is not in a
// closed extglob (those are literal at the top level), an extglob
// that is not closed (the `)` of the `@(...)` would close it), or a
// trailing `\` (it would escape the next `|`). A pattern that is
// only an empty extglob, such as `?()`, is literal on its own, but
// not in `@(...)`. Posix classes such as `[:alpha:]` can hide a `]`
// from classEnd, so patterns with them are not merged.
const extSafe = (pattern) => {
    if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes('[:'))
        return false;
    let depth = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            if (++i === pattern.length)
                return false;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close !== -1)
                i = close;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            depth++;
            i++;
        }
        else if (c === ')') {
            if (!depth--)
                return false;
        }
        else if (c === '|' && !depth) {
            return false;
        }
    }
    return !depth;
};
// The last path that Minimatch#match split, and its parts. A path is
// often tested against many patterns in a row (such as a list of
// ignore patterns), so this saves splitting it again. The parts are
// never changed, so they can be shared.
let lastSplit;
// The last path that Minimatch#match checked before splitting it. If
// the same path is checked again, it is being tested against many
// patterns, so it is split and the parts are kept for the others.
let lastChecked;
// true if a pattern portion that is not ** matches a path portion.
// An empty path portion only matches an empty pattern portion. A path
// portion never has a `/`, so the Matcher does not need to check it.
const portionMatch = (p, f) => typeof p === 'string' ? f === p : f !== '' && p.testUnchecked(f);
// Where the last portion of a row matches in a path: the start of the
// last portion of the path, or of the one before a trailing `/`. -1 if
// it matches neither.
const endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart
    : prev !== undefined && portionMatch(p, prev) ? prevStart
        : -1;
const isDots = (p) => p === '.' || p === '..';
// a Windows drive letter portion, like `c:`
const isDrive = (p) => typeof p === 'string' && /^[a-z]:$/i.test(p);
// true for the `UNC` portion of a long UNC root, //?/UNC/host/share
const isLongUNC = (p) => typeof p === 'string' && /^unc$/i.test(p);
// The index of the host in a row or split path that starts with a
// Windows UNC root: 2 for `//host/share`, and 4 for
// `//?/UNC/host/share`. Otherwise -1. `//?/c:` is not one.
const uncHost = (p) => {
    if (p[0] !== '' || p[1] !== '')
        return -1;
    const h = p[2] !== '?' ? 2
        : isLongUNC(p[3]) ? 4
            : -1;
    const host = p[h];
    const share = p[h + 1];
    return (h !== -1 &&
        host !== undefined &&
        host !== '' &&
        host !== GLOBSTAR &&
        share !== undefined &&
        share !== '' &&
        share !== GLOBSTAR) ?
        h
        : -1;
};
// true if ** can walk the path portion: not `.` or `..`, and not a
// dotfile unless `dot` is set
const walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith('.'));
// True if a portion of the path from `start` to `end` can not be
// walked by **: one that starts with `.`, or with `dot`, one that is
// `.` or `..`. `start` is the start of a portion, and `end` is the end
// of the path, or just after a separator.
const dotPortion = (f, start, end, dot, sep) => {
    for (let k = start; k < end;) {
        if (f.charCodeAt(k) === 46) {
            if (!dot)
                return true;
            const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
            if (n >= end || isSep(f.charCodeAt(n), sep))
                return true;
        }
        // the start of the next portion, after any run of separators
        const s = nextSep(f, k, sep);
        if (s === -1)
            return false;
        k = s + 1;
        while (k < end && isSep(f.charCodeAt(k), sep))
            k++;
    }
    return false;
};
const isSep = (c, sep) => sep === '/' ? c === 47
    : sep === '\\' ? c === 92
        : c === 47 || c === 92;
// the index of the first separator at or after `from`, or -1
const nextSep = (f, from, sep) => {
    if (sep !== 'both')
        return f.indexOf(sep, from);
    const s = f.indexOf('/', from);
    const b = f.indexOf('\\', from);
    return (s === -1 ? b
        : b === -1 ? s
            : Math.min(s, b));
};
// the index of the last separator at or before `from`, or -1
const lastSep = (f, from, sep) => sep !== 'both' ?
    f.lastIndexOf(sep, from)
    : Math.max(f.lastIndexOf('/', from), f.lastIndexOf('\\', from));
// What parse() returns in place of a Matcher while make() builds and
// merges the rows. Most of the Matchers in rows that are merged would
// never be used, so they are only made for the rows that are left.
const PENDING = {};
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    // the path can be checked against the last portion, and the string
    // portions, of each row before it is split. See #canMatch.
    #endCheck;
    #literalCheck;
    // level 2 resolves `.` and `..` portions in the path
    #level2;
    // the unicode normalization form, if any
    #form;
    // the string portions of each row in the set
    #literals = [];
    // the rows that #canMatch can match without splitting the path
    #shapes = [];
    // the rows whose last portion can be checked against the path's
    #endRows = [];
    // brace expansion can make the same portion in many rows, so they
    // share one Matcher, and the states that it caches
    #matchers = new Map();
    // parse() returns PENDING in place of a Matcher
    #pending = false;
    // the char that marks numeric ranges in globSet, if any
    #rangeMark;
    // the GlobstarParts of each pattern row, by start index and partial
    #globstarParts = new WeakMap();
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion =
            options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        this.#endCheck = !this.preserveMultipleSlashes;
        this.#level2 = (options.optimizationLevel ?? 1) >= 2;
        const n = options.normalize;
        this.#form = n === true ? 'NFC' : n || undefined;
        // make the set of Matchers etc.
        this.make();
        // On Windows, the portions of a row up to its drive letter or UNC
        // share are skipped or compared without case, if the path has one
        // too. So the checks only use the portions after it.
        const drives = this.set.map(row => this.#rootIndex(row));
        this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
        // with the end check, the last portion is already checked
        this.#literals = this.set.map((row, r) => {
            const end = this.#endRows[r] ? row.length - 1 : row.length;
            const lits = row
                .slice(drives[r] + 1, end)
                .filter((p) => typeof p === 'string' && !!p);
            return [...new Set(lits)];
        });
        this.#literalCheck = this.#literals.some(l => l.length);
        this.#shapes = this.set.map((row, r) => {
            const [p0, p1, p2] = row;
            if (this.#endRows[r] && row.length === 2) {
                if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
                    return 'tail';
            }
            // the basename of a path that is split on / is its last portion,
            // or the one before a trailing /, the same as the end check
            if (this.#endRows[r] &&
                options.matchBase &&
                row.length === 1 &&
                p0 !== GLOBSTAR &&
                p0 !== '') {
                return 'base';
            }
            // the portion must not be a root, or '', which can be a
            // different portion on Windows (where //x paths get an extra '')
            if (!this.#endCheck || drives[r] !== -1)
                return undefined;
            if (row.length === 3 &&
                p0 === GLOBSTAR &&
                p2 === GLOBSTAR &&
                p1 !== GLOBSTAR &&
                p1 !== '' &&
                // the portion between is only matched below this limit
                this.maxGlobstarRecursion > 0) {
                return 'mid';
            }
            if (row.length === 2 &&
                p1 === GLOBSTAR &&
                p0 !== GLOBSTAR &&
                p0 !== '') {
                return 'head';
            }
            return undefined;
        });
    }
    // a string portion of a pattern, normalized if the option is set
    #norm(p) {
        return this.#form ? p.normalize(this.#form) : p;
    }
    // On Windows, the index of the last root portion of a row, as
    // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
    // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
    // -1.
    #rootIndex(row) {
        if (!this.isWindows)
            return -1;
        if (isDrive(row[0]))
            return 0;
        const uncDrive = row[0] === '' && row[1] === '' && row[2] === '?' && isDrive(row[3]);
        if (uncDrive)
            return 3;
        const h = uncHost(row);
        return h === -1 ? -1 : h + 1;
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.#expandBraces())];
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be Matchers, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.#slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        // glob --> Matchers
        this.#pending = true;
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path. The root of a long UNC
                // path, //?/UNC/host/share, is 6 portions.
                const n = s[2] === '?' && isLongUNC(s[3]) ? 6 : 4;
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    s.slice(3, n).every(p => !globMagic.test(p));
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, n).map(p => this.#norm(p)),
                        ...s.slice(n).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [
                        this.#norm(s[0]),
                        ...s.slice(1).map(ss => this.parse(ss)),
                    ];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
                    if (isLongUNC(this.globParts[i][3]))
                        p[3] = 'UNC';
                    p[2] = '?';
                }
            }
        }
        // with noext, `@(...)` would be literal
        if (!options.noext)
            this.mergeRows();
        this.#pending = false;
        this.set.forEach((row, i) => {
            for (let k = 0; k < row.length; k++) {
                if (row[k] === PENDING) {
                    row[k] = this.parse(this.globParts[i][k]);
                }
            }
        });
    }
    // Merge rows that only differ in one portion, where each of them
    // is a Matcher, into one row that matches any of them with
    // `@(a|b|...)`. Then a path is only walked once for all of them,
    // for example with `**/*.{js,ts}`.
    mergeRows() {
        let merged = true;
        while (merged) {
            merged = false;
            // a single row cannot be merged with anything
            if (this.set.length < 2)
                return;
            let keys = this.#mergeKeys();
            const len = Math.max(0, ...this.set.map(r => r.length));
            for (let k = 0; k < len; k++) {
                // the rows that are the same other than at portion k, keyed
                // by the ids of the parts before k and the parts after k,
                // which are at most the number of rows
                const groups = new Map();
                const R = this.set.length + 1;
                this.set.forEach((row, i) => {
                    if (!(row[k] instanceof Matcher || row[k] === PENDING) ||
                        !extSafe(this.globParts[i][k])) {
                        return;
                    }
                    const { pre, suf } = keys[i];
                    const key = pre[k] * R + suf[k + 1];
                    const g = groups.get(key);
                    if (g)
                        g.push(i);
                    else
                        groups.set(key, [i]);
                });
                const drop = new Set();
                for (const g of groups.values()) {
                    if (g.length < 2)
                        continue;
                    const [first, ...rest] = g;
                    const alts = g.map(i => this.globParts[i][k]);
                    const glob = `@(${alts.join('|')})`;
                    // merging is only an optimization, so leave the rows as they
                    // are if the merged portion would have too many extglobs
                    if (extglobCount(glob) > MAX_EXTGLOBS)
                        continue;
                    this.globParts[first][k] = glob;
                    this.set[first][k] = this.parse(glob);
                    for (const i of rest)
                        drop.add(i);
                }
                if (drop.size) {
                    merged = true;
                    this.set = this.set.filter((_, i) => !drop.has(i));
                    this.globParts = this.globParts.filter((_, i) => !drop.has(i));
                    // every merge drops a row, so this happens at most once per row
                    if (this.set.length < 2)
                        return;
                    keys = this.#mergeKeys();
                }
            }
        }
    }
    // For each row, number ids for its prefixes and suffixes, such that
    // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
    // Two rows are the same other than at portion k exactly when they
    // have the same pre[k] and suf[k + 1]. This is linear in the size of
    // the rows, where joining the whole row for every k was quadratic.
    #mergeKeys() {
        const partIds = new Map();
        const ids = this.globParts.map(parts => parts.map(s => {
            let id = partIds.get(s);
            if (id === undefined)
                partIds.set(s, (id = partIds.size));
            return id;
        }));
        // ids are only compared at the same k, so they are numbered per
        // portion, with 0 for the empty prefix or suffix. Then they are
        // at most the number of rows, and id * P + part id is a safe
        // integer key for any set that fits in memory.
        const P = partIds.size;
        const len = Math.max(0, ...ids.map(r => r.length));
        const keys = ids.map(r => ({
            pre: [0],
            suf: new Array(r.length + 1).fill(0),
        }));
        for (let k = 0; k < len; k++) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { pre } = keys[i];
                const key = pre[k] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                pre.push(id);
            });
        }
        for (let k = len - 1; k >= 0; k--) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { suf } = keys[i];
                const key = suf[k + 1] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                suf[k] = id;
            });
        }
        return keys;
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (set.length > root &&
                        prev &&
                        prev !== '..' &&
                        prev !== '.' &&
                        prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    // Check the path against each row before it is split. 'no' if no
    // row can match, so it does not need to be split. 'yes' if a row of
    // `**` and one more portion matches. 'maybe' if it must be split to
    // know. None of this applies with partial, where the path can end
    // before the row does.
    //
    // On Windows, `\` is a separator in the path too, and the portions of
    // a row up to its drive letter or UNC share are not checked (see
    // #rootIndex).
    //
    // Each string portion of a row must be a portion of the path, so the
    // path must contain it. Level 2 can only take portions out of the
    // path, so this is still true then.
    //
    // The last portion of a row must match the last portion of the path,
    // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
    // This does not apply to rows that end in **, rows that end in a
    // root, or preserveMultipleSlashes (which can leave more
    // than one '' at the end). At level 2, it does not apply if that
    // portion is `.` or `..`, which can be
    // resolved away. Level 2 only takes other portions out of the
    // middle of the path.
    //
    // A row of `**/x` then matches if the ** can walk the portions
    // before the one that x matches, the same as #matchGlobstar. At
    // level 2, this is only known if none of them are `.` or `..`, so
    // that the path does not change when it is resolved.
    #canMatch(f) {
        const sep = !this.isWindows || !f.includes('\\') ? '/'
            : f.includes('/') ? 'both'
                : '\\';
        // the portions that f.split(/\/+/) would end with, and where they
        // start in f, found when a row needs them. `ends` is 0 until they
        // are found, then 1, or -1 if they can not be used.
        let ends = this.#endCheck ? 0 : -1;
        let last = '';
        let lastStart = 0;
        let prev;
        let prevStart = 0;
        const dot = !!this.options.dot;
        // A string compare is cheaper than includes(), and a Matcher test
        // costs more, so the cheaper check goes first.
        ROWS: for (let r = 0; r < this.set.length; r++) {
            const row = this.set[r];
            const p = row[row.length - 1];
            let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
            if (end && ends === 0) {
                const i = lastSep(f, f.length, sep);
                lastStart = i + 1;
                last = f.slice(lastStart);
                if (last === '' && i >= 0) {
                    let j = i;
                    while (j > 0 && isSep(f.charCodeAt(j - 1), sep))
                        j--;
                    prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep) + 1;
                    prev = f.slice(prevStart, j);
                }
                const resolves = this.#level2 &&
                    (isDots(last) ||
                        (last === '' && prev !== undefined && isDots(prev)));
                ends = resolves ? -1 : 1;
                end = !resolves;
            }
            let tailStart = -1;
            if (end && typeof p === 'string') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            if (this.#literalCheck) {
                for (const l of this.#literals[r]) {
                    if (!f.includes(l))
                        continue ROWS;
                }
            }
            if (end && typeof p === 'object') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            const shape = this.#shapes[r];
            if (shape === 'base' && end)
                return 'yes';
            if (shape === 'tail' && end) {
                if (this.#level2 && dotPortion(f, 0, tailStart, true, sep)) {
                    return 'maybe';
                }
                if (!dotPortion(f, 0, tailStart, dot, sep))
                    return 'yes';
                continue;
            }
            if (shape === 'mid' || shape === 'head') {
                const m = this.#walk(f, row, shape === 'head', dot, sep);
                if (m !== 'no')
                    return m;
                continue;
            }
            return 'maybe';
        }
        return 'no';
    }
    // Match a row of a known shape against the split path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do. None of these
    // rows have a drive letter, so they start at the first portion.
    #matchShape(file, row, shape) {
        const dot = !!this.options.dot;
        const n = file.length;
        if (shape === 'head') {
            // x, then at least one portion that ** can walk
            if (n < 2 || !portionMatch(row[0], file[0])) {
                return false;
            }
            for (let i = 1; i < n; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        const x = row[1];
        if (shape === 'tail') {
            // x is the last portion, or the one before a trailing ''
            let t = n - 1;
            if (!portionMatch(x, file[t])) {
                if (file[t] !== '' || n === 1 || !portionMatch(x, file[--t])) {
                    return false;
                }
            }
            for (let i = 0; i < t; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        // mid: the first x that ** can walk to, with a portion after it,
        // and ** can walk all of those
        for (let k = 0; k < n; k++) {
            if (portionMatch(x, file[k]) && k + 1 < n) {
                let i = k + 1;
                while (i < n && walkable(file[i], dot))
                    i++;
                if (i === n)
                    return true;
            }
            if (!walkable(file[k], dot))
                return false;
        }
        return false;
    }
    // Match a row of `**/x/**` or `x/**` against the path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do once it is split.
    // x must match a portion (the first one, for `x/**`), the ** before
    // it must be able to walk the portions before that one, and there
    // must be a portion after it, which the ** after it can walk. At
    // level 2, this is only known if no portion is `.` or `..`.
    #walk(f, row, head, dot, sep) {
        if (this.#level2 && dotPortion(f, 0, f.length, true, sep))
            return 'maybe';
        const x = row[head ? 0 : 1];
        // the last portion has none after it, so it can not be x
        let s = 0;
        for (let e = nextSep(f, s, sep); e !== -1; e = nextSep(f, s, sep)) {
            // the start of the next portion
            let next = e + 1;
            while (next < f.length && isSep(f.charCodeAt(next), sep))
                next++;
            const hit = typeof x === 'string' ?
                e - s === x.length && f.startsWith(x, s)
                : e > s && x.testUnchecked(f.slice(s, e));
            if (hit && !dotPortion(f, next, f.length, dot, sep))
                return 'yes';
            if (head || dotPortion(f, s, next, dot, sep))
                return 'no';
            s = next;
        }
        return 'no';
    }
    // the last split, if it was the same path with the same split
    // settings
    #cachedSplit(f) {
        const last = lastSplit;
        return (last?.f === f &&
            last.isWindows === this.isWindows &&
            last.preserveMultipleSlashes === this.preserveMultipleSlashes &&
            last.normalize === this.#form) ?
            last
            : undefined;
    }
    // split a path for match(), and keep the parts for the next call
    #split(f) {
        const { isWindows, preserveMultipleSlashes } = this;
        // windows: need to use /, not \
        let parts = this.#slashSplit(isWindows ? f.split('\\').join('/') : f);
        // normalize each portion, so that a char that normalizes to `/`
        // does not make a new portion
        const normalize = this.#form;
        if (normalize)
            parts = parts.map(p => p.normalize(normalize));
        lastSplit = {
            f,
            isWindows,
            preserveMultipleSlashes,
            normalize,
            parts,
        };
        return lastSplit;
    }
    // resolve `.` and `..` portions of a path, for level 2
    #levelTwoFileOptimize(file) {
        // work on a copy, so that the cached parts do not change
        const parts = [...file];
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            let dd = root;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p && p !== '.' && p !== '..' && p !== '**') {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd = Math.max(dd - 2, root);
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        // each **/.. split doubles the patterns, and adds a copy of the
        // whole pattern. Throw if either gets too large. A partial split
        // would match some paths and not others, depending on which rows
        // the pass reached first.
        const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
        let splitCells = 0;
        const maxSplitCells = 1_000_000;
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    // Check before changing parts or allocating the new row.
                    const addedCells = parts.length - 1;
                    if (globParts.length >= braceExpandMax ||
                        splitCells + addedCells > maxSplitCells) {
                        throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    splitCells += addedCells;
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                // .. can not remove the root of a Windows path
                const root = this.#rootIndex(parts) + 1;
                let dd = root;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd = Math.max(dd - 2, root);
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    secondPhasePreProcess(globParts) {
        const keys = new Set();
        const rows = globParts.filter(parts => {
            const key = parts.join('/');
            if (keys.has(key))
                return false;
            keys.add(key);
            return true;
        });
        // A row is covered by another row that has `*` at some positions,
        // and is the same at all others. Collect each distinct set of `*`
        // positions, then look up each row with `*` put at those positions.
        const stars = new Map();
        for (const parts of rows) {
            const s = [];
            for (let i = 0; i < parts.length; i++) {
                if (parts[i] === '*')
                    s.push(i);
            }
            if (s.length)
                stars.set(s.join(','), s);
        }
        // Each row is checked against each set of `*` positions, so skip
        // this if there are too many. The patterns match the same paths
        // either way.
        if (!stars.size || rows.length * stars.size > 100_000)
            return rows;
        const { dot } = this.options;
        return rows.filter(parts => {
            for (const s of stars.values()) {
                if (s[s.length - 1] >= parts.length)
                    continue;
                const c = [...parts];
                let ok = true;
                let changed = false;
                for (const i of s) {
                    const p = parts[i];
                    if (p === '*')
                        continue;
                    if (!p || p === '**' || (!dot && p.startsWith('.'))) {
                        ok = false;
                        break;
                    }
                    c[i] = '*';
                    changed = true;
                }
                if (ok && changed && keys.has(c.join('/')))
                    return false;
            }
            return true;
        });
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // Match the parts of a path against one row of the set. `resolved`
    // is the parts after level 2 resolves `.` and `..` in them, or the
    // same parts below level 2. Set partial to true to test if, for
    // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
    // you run out of file before you run out of pattern, then that's
    // fine, as long as all the parts match.
    #matchRow(file, resolved, pattern, partial) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa, and
        // //?/UNC/host/share/... can match //host/share/... and vice versa.
        // Drive letters in absolute drive or unc paths, and the host and
        // share of UNC paths, are always compared case-insensitively.
        const fh = this.isWindows ? uncHost(resolved) : -1;
        const ph = fh === -1 ? -1 : uncHost(pattern);
        if (ph !== -1) {
            const host = pattern[ph];
            const share = pattern[ph + 1];
            if (typeof host !== 'string' || typeof share !== 'string') {
                // a host or share with magic is matched as usual
                fileStartIndex = fh;
                patternStartIndex = ph;
            }
            else if (resolved[fh].toLowerCase() === host.toLowerCase() &&
                resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
                fileStartIndex = fh + 2;
                patternStartIndex = ph + 2;
            }
        }
        else if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // the drives match, so start matching after them
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    patternStartIndex = pdi + 1;
                    fileStartIndex = fdi + 1;
                }
            }
        }
        // the drive letters are found in the parts before level 2 resolves
        // them, and the match uses the resolved parts
        file = resolved;
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
        // check the head, from the current file/pattern index.
        if (head.length) {
            const headEnd = fileIndex + head.length;
            if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, new Set());
    }
    // Split the pattern into head, tail, and middle of ** delimited
    // parts. The tail has to be at the end, and the others just have to
    // be found in order from the head. These only depend on the pattern
    // row, so they are kept for the next path.
    #getGlobstarParts(pattern, partial, patternIndex) {
        let byStart = this.#globstarParts.get(pattern);
        if (!byStart) {
            byStart = [];
            this.#globstarParts.set(pattern, byStart);
        }
        const key = patternIndex * 2 + (partial ? 1 : 0);
        const found = byStart[key];
        if (found)
            return found;
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        const head = pattern.slice(patternIndex, firstgs);
        const body = pattern.slice(firstgs + 1, partial ? undefined : lastgs);
        const tail = partial ? [] : pattern.slice(lastgs + 1);
        // split the body up into sections, and note the number of
        // portions that must come after the start of each one
        const segments = [[[], 0]];
        let current = segments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                current = [[], 0];
                segments.push(current);
            }
            else {
                current[0].push(b);
                nonGsParts++;
            }
        }
        // the portions in this section and the ones after it
        segments.forEach((b, i) => {
            b[1] = nonGsParts - nonGsPartsSums[i];
        });
        const parts = { head, body, tail, segments };
        byStart[key] = parts;
        return parts;
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, and the portions that it and the rest need
    bodySegments, 
    // the end of the file portions that the body can match
    fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, 
    // the places that a walk has already tried, as
    // bodyIndex * (file.length + 1) + fileIndex. A walk from a place
    // does the same no matter how it got there, and it only comes back
    // if it found no match, so a walk that gets to one stops.
    tried) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // with partial, the body is the rest of the pattern, so it
            // matches if no portions are left, or only the '' of a trailing
            // / (as a/* matches a/b/). A ** at the end walks them as its own
            // empty section.
            if (partial) {
                return (fileIndex >= fileLength ||
                    (fileIndex === fileLength - 1 && file[fileIndex] === ''));
            }
            // just make sure that there's no bad dots before the tail
            for (let i = fileIndex; i < fileLength; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test, up to the last index
        // where it can start
        const [body, need] = bs;
        // with partial, the path can end before the body does
        const after = partial ? fileLength : fileLength - need;
        while (fileIndex <= after) {
            const key = bodyIndex * (file.length + 1) + fileIndex;
            if (tried.has(key))
                return false;
            tried.add(key);
            const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
                if (sub !== false) {
                    return sub;
                }
            }
            // the ** does not walk past the last place the body can start
            if (fileIndex === after)
                break;
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex, 
    // only match the file portions before this index
    fileEnd = file.length) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = Math.min(fileEnd, file.length),
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            let p = pattern[pi];
            let f = file[fi];
            // ubq: not measured: should be impossible
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into Matchers.
            if (!portionMatch(p, f))
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though * can match "", except in
        // partial mode, where it might simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
        }
        else {
            // ubq: not measured: should be unreachable
            throw new Error('wtf?');
        }
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    // Expand braces, except numeric ranges such as {0..999} with at
    // least RANGE_MIN values. Each of those stays in its pattern as
    // `<mark>0..999<mark>`, for the Matcher to test. If a range might
    // be inside a [...] class, expand all of them instead.
    #expandBraces() {
        const { pattern } = this;
        if (this.options.nobrace)
            return this.braceExpand();
        let code = 0xe000;
        while (pattern.includes(String.fromCharCode(code))) {
            if (++code > 0xf8ff)
                return this.braceExpand();
        }
        const mark = String.fromCharCode(code);
        let found = false;
        const marked = pattern.replace(rangeRe, (m, lo, hi) => {
            const a = Number(lo);
            const b = Number(hi);
            if (!Number.isSafeInteger(a) ||
                !Number.isSafeInteger(b) ||
                Math.abs(a - b) + 1 < RANGE_MIN) {
                return m;
            }
            found = true;
            return `${mark}${lo}..${hi}${mark}`;
        });
        if (!found)
            return this.braceExpand();
        const set = braceExpand(marked, this.options);
        for (const p of set) {
            for (const portion of p.split('/')) {
                const c = portion.indexOf('[');
                if (c !== -1 && c < portion.lastIndexOf(mark)) {
                    return this.braceExpand();
                }
                if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
                    return this.braceExpand();
                }
            }
        }
        this.#rangeMark = mark;
        return set;
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        const { nocase, nocaseMagicOnly, noext = false, dot, normalize, } = options;
        const rangeMark = this.#rangeMark;
        const lit = rangeMark && pattern.includes(rangeMark) ?
            undefined
            : literal(pattern, noext);
        // in nocase mode, a literal with cased chars still needs a
        // Matcher, unless nocaseMagicOnly is set.
        if (lit !== undefined &&
            !(nocase &&
                !nocaseMagicOnly &&
                pattern.toUpperCase() !== pattern.toLowerCase())) {
            return this.#norm(lit);
        }
        if (this.#pending)
            return PENDING;
        let m = this.#matchers.get(pattern);
        if (!m) {
            if (!noext)
                assertValidExtglobs(pattern);
            m = new Matcher(pattern, {
                nocase,
                noext,
                dot,
                normalize,
                ...(rangeMark && { rangeMark }),
            });
            this.#matchers.set(pattern, m);
        }
        return m;
    }
    #slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // treat the test path as a set of pathparts. If it was not just
        // split or checked, check that it can match before splitting it.
        let split = this.#cachedSplit(f);
        if (!split) {
            // the checks look at the path as given, so not if it is
            // normalized
            if (!partial &&
                !this.#form &&
                (this.#endCheck || this.#literalCheck) &&
                lastChecked !== f) {
                lastChecked = f;
                const can = this.#canMatch(f);
                if (can === 'no')
                    return options.flipNegate ? false : this.negate;
                if (can === 'yes')
                    return options.flipNegate ? true : !this.negate;
            }
            split = this.#split(f);
        }
        const ff = split.parts;
        // the parts after level 2 resolves them, kept for the next pattern
        // that tests the same path
        const resolved = this.#level2 ?
            (split.resolved ??= this.#levelTwoFileOptimize(ff))
            : ff;
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (let r = 0; r < set.length; r++) {
            const pattern = set[r];
            const shape = partial ? undefined : this.#shapes[r];
            // level 2 does not change a path of one portion
            const hit = shape === 'base' ?
                portionMatch(pattern[0], filename)
                : shape ? this.#matchShape(resolved, pattern, shape)
                    : options.matchBase && pattern.length === 1 ?
                        this.#matchRow([filename], [filename], pattern, partial)
                        : this.#matchRow(ff, resolved, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}


minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./src/engine/exemptions.ts




const GLOB = { dot: true, nocase: false };
/** The annotation that exempts an object: `podspec-check/ignore: "id, id -- reason"`. */
const IGNORE_ANNOTATION = 'podspec-check/ignore';
/** The per-container form: `podspec-check/ignore.<container-name>`. */
const CONTAINER_IGNORE_PREFIX = `${IGNORE_ANNOTATION}.`;
/** The comment form, on the finding's line or the comment lines right above it. */
const COMMENT = /#\s*podspec-check:\s*ignore\s+([^#]*?)\s*$/;
const STALE_ID = 'stale-exemption';
function matchesAny(value, globs) {
    if (!globs || globs.length === 0)
        return true;
    return globs.some((glob) => minimatch(value ?? '', glob, GLOB));
}
/** Whether an exemption from the configuration covers a finding. */
function exemptionCovers(exemption, finding) {
    if (!exemption.checks.includes('all') && !exemption.checks.includes(finding.checkId)) {
        return false;
    }
    return (matchesAny(finding.file, exemption.paths) &&
        matchesAny(finding.object?.kind, exemption.kinds) &&
        matchesAny(finding.object?.namespace, exemption.namespaces) &&
        matchesAny(finding.object?.name, exemption.names) &&
        matchesAny(finding.container, exemption.containers));
}
/** The identity of an object, kept after its syntax tree is dropped. */
function identityOf(object) {
    const { kind, name, namespace } = object;
    return { path: object.file.path, kind, name, namespace };
}
/** Splits `image-tag, host-path -- vendor chart` into ids and an optional reason. */
function parseDirective(text) {
    const [ids, ...rest] = text.split(/\s--\s?|\s—\s?/);
    const reason = rest.join(' -- ').trim();
    return {
        checks: ids
            .split(/[\s,]+/)
            .map((id) => id.trim())
            .filter(Boolean),
        reason: reason || undefined,
    };
}
/**
 * Marks the findings that an exemption covers (configuration, annotations, comments),
 * keeping them in the list, and adds a `stale-exemption` notice for every exemption
 * that covers nothing, so that exemptions are removed once their reason is gone.
 */
function applyExemptions(findings, config, scope) {
    const used = new Set();
    for (const finding of findings) {
        const exemption = config.exemptions.find((e) => exemptionCovers(e, finding));
        if (exemption) {
            finding.exemption = exemption.reason;
            used.add(exemption);
        }
    }
    const inManifest = [...scope.annotations, ...commentExemptions(scope.texts)];
    if (inManifest.length > 0) {
        for (const finding of findings) {
            const exemption = inManifest.find((e) => manifestCovers(e, finding));
            if (!exemption)
                continue;
            exemption.used = true;
            finding.exemption ??= exemption.reason;
        }
    }
    const severity = staleSeverity(config);
    if (!severity)
        return;
    const notices = [];
    for (const exemption of config.exemptions) {
        if (used.has(exemption) || !exemption.source)
            continue;
        if (!exemption.checks.every((id) => id === 'all' || scope.active.has(id)))
            continue;
        if (!scope.objects.some((object) => selects(exemption, object)))
            continue;
        notices.push(staleNotice(severity, exemption.source.file, {
            line: exemption.source.line,
            column: 1,
            endLine: exemption.source.line,
            endColumn: 1,
        }, `The exemption for ${exemption.checks.join(', ')} in the configuration matches no finding in the checked files it applies to`));
    }
    for (const exemption of inManifest) {
        const unknown = exemption.checks.filter((id) => id !== 'all' && !scope.known.includes(id));
        for (const id of unknown) {
            const near = closest(id, scope.known);
            notices.push(staleNotice(severity, exemption.file, exemption.range, `The ${exemption.where} names "${id}", which is not a check id${near ? ` (did you mean "${near}"?)` : ''}, so it exempts nothing`, near ? `Write "${near}" instead of "${id}".` : `Remove "${id}".`));
        }
        if (exemption.used || unknown.length > 0)
            continue;
        if (!exemption.checks.every((id) => id === 'all' || scope.active.has(id)))
            continue;
        notices.push(staleNotice(severity, exemption.file, exemption.range, `The ${exemption.where} for ${exemption.checks.join(', ')} matches no finding`));
    }
    findings.push(...notices);
}
function staleSeverity(config) {
    const configured = config.checks[STALE_ID]?.severity;
    if (configured === 'off')
        return undefined;
    return configured ?? 'notice';
}
function staleNotice(severity, file, range, what, fix = 'Remove the exemption, or correct its check ids and selectors.') {
    return {
        checkId: STALE_ID,
        severity,
        file,
        range,
        message: `${what}: a stale exemption would silently hide a future finding. ${fix}`,
        why: 'Exemptions are for findings that exist; one that matches nothing hides the next real finding it happens to match.',
        fix,
    };
}
/** Whether a configuration exemption's selectors (other than checks) pick this object. */
function selects(exemption, object) {
    return (matchesAny(object.path, exemption.paths) &&
        matchesAny(object.kind, exemption.kinds) &&
        matchesAny(object.namespace, exemption.namespaces) &&
        matchesAny(object.name, exemption.names));
}
function manifestCovers(exemption, finding) {
    if (!exemption.checks.includes('all') && !exemption.checks.includes(finding.checkId)) {
        return false;
    }
    if (finding.file !== exemption.file)
        return false;
    if (exemption.lines)
        return exemption.lines.includes(finding.range.line);
    const object = exemption.object;
    if (!object || !finding.object)
        return false;
    if (finding.object.kind !== object.kind ||
        finding.object.name !== object.name ||
        finding.object.namespace !== object.namespace) {
        return false;
    }
    return exemption.container === undefined || exemption.container === finding.container;
}
/** Metadata mappings whose annotations may exempt: the object's and its pod template's. */
function metadataOf(object) {
    const doc = object.document;
    const result = [];
    const own = mapGetMap(object.node, 'metadata', doc);
    if (own)
        result.push(own);
    let spec = mapGetMap(object.node, 'spec', doc);
    // CronJob: spec.jobTemplate.spec.template; others: spec.template.
    const jobTemplate = spec && mapGetMap(spec, 'jobTemplate', doc);
    if (jobTemplate)
        spec = mapGetMap(jobTemplate, 'spec', doc);
    const template = spec && mapGetMap(spec, 'template', doc);
    const templateMetadata = template && mapGetMap(template, 'metadata', doc);
    if (templateMetadata)
        result.push(templateMetadata);
    return result;
}
/**
 * The exemptions an object's annotations (and its pod template's) declare. Read while
 * the object's syntax tree is at hand; they keep only the object's identity.
 */
function annotationExemptions(object) {
    const result = [];
    const doc = object.document;
    for (const metadata of metadataOf(object)) {
        const annotations = mapGetMap(metadata, 'annotations', doc);
        if (!annotations)
            continue;
        for (const pair of annotations.items) {
            const key = scalarText(pair.key);
            if (!key?.startsWith(IGNORE_ANNOTATION))
                continue;
            const container = key.startsWith(CONTAINER_IGNORE_PREFIX)
                ? key.slice(CONTAINER_IGNORE_PREFIX.length)
                : undefined;
            if (key !== IGNORE_ANNOTATION && container === undefined)
                continue;
            const valueNode = nodes_resolve(pair.value, doc);
            const directive = parseDirective(scalarText(valueNode) ?? '');
            if (directive.checks.length === 0)
                continue;
            const at = ((0,dist/* isScalar */.jn)(valueNode) ? valueNode : pair.key);
            result.push({
                checks: directive.checks,
                reason: directive.reason ??
                    `annotation ${key} on ${object.kind} "${object.name}" (no reason given)`,
                file: object.file.path,
                range: rangeOf(object.file, at),
                object: identityOf(object),
                container,
                where: `annotation ${key}`,
                used: false,
            });
        }
    }
    return result;
}
function commentExemptions(texts) {
    const result = [];
    for (const [path, text] of texts) {
        if (!text.includes('podspec-check:'))
            continue;
        const lines = text.split(/\r?\n/);
        lines.forEach((line, index) => {
            const match = COMMENT.exec(line);
            if (!match)
                return;
            const directive = parseDirective(match[1]);
            if (directive.checks.length === 0)
                return;
            const lineNumber = index + 1;
            const commentOnly = line.trimStart().startsWith('#');
            // A trailing comment covers its own line; a comment line covers the next line
            // that is not a comment.
            let target = lineNumber;
            if (commentOnly) {
                target = lineNumber + 1;
                while (target <= lines.length && lines[target - 1].trimStart().startsWith('#')) {
                    target++;
                }
            }
            const column = line.indexOf('#') + 1;
            result.push({
                checks: directive.checks,
                reason: directive.reason ?? `comment on line ${lineNumber} (no reason given)`,
                file: path,
                range: {
                    line: lineNumber,
                    column,
                    endLine: lineNumber,
                    endColumn: line.length + 1,
                },
                lines: [target],
                where: `comment on line ${lineNumber}`,
                used: false,
            });
        });
    }
    return result;
}

;// CONCATENATED MODULE: ./src/engine/workspace-index.ts
/**
 * The Kubernetes objects of the run that checks may look up, by kind and by kind and
 * namespace. Checks that look at related resources (a PodDisruptionBudget for a
 * Deployment) use it, so that objects in unchanged files count too. Lookups are by
 * namespace because every related-resource check runs once per pod: filtering a kind's
 * full list each time made the run quadratic in the size of the workspace.
 */
class WorkspaceIndex {
    kinds;
    byKind = new Map();
    byNamespace = new Map();
    /** The first object of each kind, namespace and name: `kind\0namespace\0name`. */
    firstByName = new Map();
    /**
     * @param kinds The kinds to index; objects of other kinds are not kept, and looking
     *   one of them up is a bug (it would always find nothing). All kinds when omitted.
     */
    constructor(kinds) {
        this.kinds = kinds;
    }
    /** Whether objects of `kind` are kept. */
    indexes(kind) {
        return !this.kinds || this.kinds.has(kind);
    }
    add(object) {
        if (!this.indexes(object.kind))
            return;
        const list = this.byKind.get(object.kind);
        if (list)
            list.push(object);
        else
            this.byKind.set(object.kind, [object]);
        let namespaces = this.byNamespace.get(object.kind);
        if (!namespaces) {
            namespaces = new Map();
            this.byNamespace.set(object.kind, namespaces);
        }
        const inNamespace = namespaces.get(object.namespace);
        if (inNamespace)
            inNamespace.push(object);
        else
            namespaces.set(object.namespace, [object]);
        const key = `${object.kind}\0${object.namespace}\0${object.name}`;
        if (!this.firstByName.has(key))
            this.firstByName.set(key, object);
    }
    /** The objects of `kind`, in the order they were added. */
    ofKind(kind) {
        this.expectIndexed(kind);
        return this.byKind.get(kind) ?? [];
    }
    /**
     * The objects of `kind` in `namespace` (`''` when unset), in the order they were
     * added: the same objects, in the same order, as filtering `ofKind(kind)`.
     */
    inNamespace(kind, namespace) {
        this.expectIndexed(kind);
        return this.byNamespace.get(kind)?.get(namespace) ?? [];
    }
    /**
     * The first object added of `kind` named `name` in `namespace`: what
     * `inNamespace(kind, namespace).find((o) => o.name === name)` returns.
     */
    named(kind, namespace, name) {
        this.expectIndexed(kind);
        return this.firstByName.get(`${kind}\0${namespace}\0${name}`);
    }
    expectIndexed(kind) {
        if (!this.indexes(kind)) {
            throw new Error(`Bug: a check looked up ${kind} objects, which the workspace index does not keep; add "${kind}" to RELATED_KINDS in src/checks/catalogue/index.ts.`);
        }
    }
}
/**
 * Whether `text` may hold an object of one of `kinds`: a cheap test that never says no
 * wrongly. A kind is a string scalar, so its name is in the text as written, or built
 * with escapes in a double-quoted scalar (`"Service\u0041ccount"`, or a line broken
 * with `\`); an alias or merge key only repeats what an anchor in the same text holds.
 */
function mayHoldKind(text, kinds) {
    if (text.includes('\\'))
        return true;
    for (const kind of kinds)
        if (text.includes(kind))
            return true;
    return false;
}

;// CONCATENATED MODULE: ./src/engine/engine.ts







/** A switch for the equivalence test; always off in a real run. */
const engineSettings = {
    /**
     * Parse and index every file before checking any, as the engine did before it read
     * first only the files that may hold a kind some check looks up.
     */
    readEveryFileFirst: false,
};
/**
 * The checked files that have a finding with a fix intent, for the fix step. Syntax
 * trees are dropped as soon as their file is checked, so that a large run never holds
 * them all (they take about 20 bytes per byte of YAML); the fix step gets a file parsed
 * again from the same text with the same limits. Parsing is deterministic, so its nodes
 * sit at the offsets the fix intents' nodes give, which is all the fix step relies on.
 */
class FixableFiles {
    limits;
    sources = new Map();
    constructor(limits) {
        this.limits = limits;
    }
    add(source) {
        this.sources.set(source.path, source);
    }
    has(path) {
        return this.sources.has(path);
    }
    /** The file parsed again, or undefined when the run had no fix intent in it. */
    get(path) {
        const source = this.sources.get(path);
        return source && parseFile(source, this.limits).file;
    }
}
/** Runs every enabled check over the files: parse, find objects and pod specs, check. */
function runEngine(input) {
    const { config } = input;
    const result = {
        findings: [],
        skipped: [],
        filesChecked: 0,
        objectsChecked: 0,
        podSpecsChecked: 0,
        containersChecked: 0,
        parsed: new FixableFiles(config.limits),
    };
    const active = activeChecks(config);
    const needsContext = active.some(({ check }) => RELATED_CHECK_IDS.has(check.id));
    const workspace = new WorkspaceIndex(RELATED_KINDS);
    // Related objects first: every check of a file may look them up
    if (needsContext)
        indexRelated(input, config, workspace);
    // Check file by file, each document as it is read
    const checkFindings = [];
    const objects = [];
    const annotations = [];
    const texts = new Map();
    const file = new FileChecks(active, workspace);
    for (const source of input.files) {
        file.reset();
        const parse = parseFile(source, config.limits, file);
        if (parse.skipReason || !parse.file) {
            result.skipped.push({
                path: source.path,
                reason: parse.skipReason ?? 'not parsed',
            });
            continue;
        }
        result.filesChecked++;
        texts.set(source.path, source.text);
        // Syntax findings come before every check's, as when all files were parsed first.
        for (const finding of parse.findings) {
            const configured = applySeverity(finding, config);
            if (configured)
                result.findings.push(configured);
        }
        for (const finding of file.findings)
            checkFindings.push(finding);
        for (const object of file.objects)
            objects.push(object);
        for (const annotation of file.annotations)
            annotations.push(annotation);
        result.objectsChecked += file.objectsChecked;
        result.podSpecsChecked += file.podSpecsChecked;
        result.containersChecked += file.containersChecked;
        // CRDs the parser skipped (no check reads them) still count as objects seen.
        result.objectsChecked += parse.opaqueObjects ?? 0;
        // The syntax trees are dropped; the fix step parses again the files it may edit.
        if (file.fixable)
            result.parsed.add(source);
    }
    for (const finding of checkFindings)
        result.findings.push(finding);
    applyExemptions(result.findings, config, {
        objects,
        annotations,
        texts,
        active: new Set(active.map(({ check }) => check.id)),
        known: [...CHECKS_BY_ID.keys(), ...ENGINE_CHECK_IDS],
    });
    return result;
}
/**
 * What the checks found in one file, document by document as the parser reads them.
 * Kept apart until the file is read to its end, since a later document over a limit
 * skips the whole file.
 */
class FileChecks {
    active;
    workspace;
    findings = [];
    objects = [];
    annotations = [];
    objectsChecked = 0;
    podSpecsChecked = 0;
    containersChecked = 0;
    /** Whether a finding carries a fix intent, so the fix step may need the file. */
    fixable = false;
    constructor(active, workspace) {
        this.active = active;
        this.workspace = workspace;
    }
    reset() {
        this.findings = [];
        this.objects = [];
        this.annotations = [];
        this.objectsChecked = 0;
        this.podSpecsChecked = 0;
        this.containersChecked = 0;
        this.fixable = false;
    }
    discard() {
        this.reset();
    }
    document(document, index, file) {
        for (const object of objectsOfDocument(file, document, index)) {
            const first = this.findings.length;
            checkObject(object, this.active, this.workspace, this.findings, this);
            this.objects.push(identityOf(object));
            for (const annotation of annotationExemptions(object))
                this.annotations.push(annotation);
            for (let i = first; i < this.findings.length && !this.fixable; i++) {
                if (this.findings[i].fixIntent)
                    this.fixable = true;
            }
        }
    }
}
/**
 * Reads the files that may hold an object some check looks up (a ServiceAccount, a
 * PodDisruptionBudget, ...), checked files and then context files, and indexes those
 * objects. Their syntax trees are not kept for the checks: parsing a file again when
 * its turn comes costs less than the garbage collection of trees held that long.
 */
function indexRelated(input, config, workspace) {
    // A file's objects are indexed once it is read to its end: a file skipped for a
    // limit found in a later document has no objects, as it is not checked either.
    let found = [];
    const index = {
        document(document, documentIndex, file) {
            for (const object of objectsOfDocument(file, document, documentIndex)) {
                found.push(object);
            }
        },
        discard() {
            found = [];
        },
    };
    const read = (source) => {
        found = [];
        if (!parseFile(source, config.limits, index).skipReason) {
            for (const object of found)
                workspace.add(object);
        }
    };
    const mayHold = (source) => engineSettings.readEveryFileFirst || mayHoldKind(source.text, RELATED_KINDS);
    for (const source of input.files)
        if (mayHold(source))
            read(source);
    const checkedPaths = new Set(input.files.map((f) => f.path));
    const contextFiles = typeof input.contextFiles === 'function'
        ? input.contextFiles()
        : (input.contextFiles ?? []);
    for (const source of contextFiles) {
        if (!checkedPaths.has(source.path) && mayHold(source))
            read(source);
    }
}
function activeChecks(config) {
    const active = [];
    for (const check of CHECKS) {
        const configured = config.checks[check.id];
        const severity = configured?.severity ?? check.severity;
        if (severity === 'off')
            continue;
        const options = {};
        for (const [name, option] of Object.entries(check.options ?? {})) {
            options[name] = configured?.options?.[name] ?? option.default;
        }
        active.push({ check, severity, options });
    }
    return active;
}
function checkObject(object, active, workspace, findings, result) {
    result.objectsChecked++;
    const doc = object.document;
    const pods = podSpecsOf(object);
    // One for all the object's findings: a large run has a hundred thousand of them.
    const named = { kind: object.kind, name: object.name, namespace: object.namespace };
    // Findings stay in order: by check, then the object, its pods and their containers.
    // No closure per check: this loop runs once per object and check.
    for (const { check, severity, options } of active) {
        const base = { object, doc, options, workspace };
        if (check.checkObject) {
            for (const report of check.checkObject(base))
                findings.push(toFinding(check, severity, object, named, report));
        }
        if (!check.checkPod && !check.checkContainer)
            continue;
        for (const pod of pods) {
            const podContext = { ...base, pod };
            if (check.checkPod) {
                for (const report of check.checkPod(podContext))
                    findings.push(toFinding(check, severity, object, named, report));
            }
            if (!check.checkContainer)
                continue;
            for (const container of pod.containers) {
                const context = { ...podContext, container };
                for (const report of check.checkContainer(context))
                    findings.push(toFinding(check, severity, object, named, report));
            }
        }
    }
    result.podSpecsChecked += pods.length;
    for (const pod of pods)
        result.containersChecked += pod.containers.length;
}
function toFinding(check, severity, object, named, report) {
    const file = object.file;
    const range = report.span === 'start'
        ? startOf(file, report.at)
        : rangeOf(file, report.at ?? object.node);
    return {
        checkId: check.id,
        severity,
        file: file.path,
        range,
        message: report.message,
        why: check.why,
        fix: report.fix ?? check.howToFix,
        object: named,
        container: report.container?.name,
        field: report.field,
        fixIntent: report.fixIntent,
    };
}
/** Engine findings (`yaml-syntax`) honour the configured severity too; `off` drops them. */
function applySeverity(finding, config) {
    const configured = config.checks[finding.checkId]?.severity;
    if (configured === 'off')
        return undefined;
    if (configured)
        return { ...finding, severity: configured };
    return finding;
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(17);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/git/git.ts

/**
 * Runs git with an argument array (never through a shell, so file names with `$(...)`,
 * quotes or leading dashes are just names). Returns undefined when git fails or is
 * missing: every caller has another way to get what it wanted.
 */
function git(cwd, args, maxBuffer = 256 * 1024 * 1024) {
    try {
        return (0,external_node_child_process_namespaceObject.execFileSync)('git', args, {
            cwd,
            maxBuffer,
            stdio: ['ignore', 'pipe', 'ignore'],
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
        });
    }
    catch {
        return undefined;
    }
}
/** git's standard output as text (see git), or undefined when git fails. */
function git_gitText(cwd, args) {
    return git(cwd, args)?.toString('utf8');
}
/** The content of a blob from local objects, when the checkout has it. */
function readBlob(cwd, sha) {
    if (!/^[0-9a-f]{40,64}$/.test(sha))
        return undefined;
    return git(cwd, ['cat-file', 'blob', sha]);
}
/** A file at a commit (`<rev>:<path>`), when the checkout has it. */
function readFileAtRevision(cwd, rev, path) {
    if (!/^[0-9a-zA-Z_./^~-]+$/.test(rev) || rev.startsWith('-'))
        return undefined;
    return git(cwd, ['cat-file', 'blob', `${rev}:${path}`]);
}
function hasCommit(cwd, sha) {
    if (!/^[0-9a-f]{40,64}$/.test(sha))
        return false;
    return git(cwd, ['cat-file', '-e', `${sha}^{commit}`]) !== undefined;
}
function headSha(cwd) {
    return git(cwd, ['rev-parse', 'HEAD'])?.toString('utf8').trim() || undefined;
}
/** The best common ancestor of two local commits, as a pull request diff uses it. */
function mergeBase(cwd, a, b) {
    if (!hasCommit(cwd, a) || !hasCommit(cwd, b))
        return undefined;
    return git(cwd, ['merge-base', a, b])?.toString('utf8').trim() || undefined;
}
/** Files changed between two local commits, with renames, or undefined if unknown. */
function diffNames(cwd, base, head) {
    if (!hasCommit(cwd, base) || !hasCommit(cwd, head))
        return undefined;
    // --raw gives each file's head blob, so the head version is read even when the
    // workspace holds a merge commit.
    const out = git(cwd, ['diff', '--raw', '--no-abbrev', '-z', '-M', base, head, '--']);
    if (!out)
        return undefined;
    const fields = out
        .toString('utf8')
        .split('\0')
        .filter((f) => f !== '');
    const changes = [];
    for (let i = 0; i < fields.length;) {
        // `:old-mode new-mode old-sha new-sha status`, then one or two paths.
        const [, newMode, , newSha, code = ''] = fields[i++].split(' ');
        // Links (mode 120000) and submodules (160000) are not files to read.
        const sha = newMode === '100644' || newMode === '100755' ? newSha : undefined;
        if (code.startsWith('R') || code.startsWith('C')) {
            const previousPath = fields[i++];
            const path = fields[i++];
            changes.push({
                path,
                previousPath,
                status: code.startsWith('R') ? 'renamed' : 'copied',
                sha,
            });
        }
        else {
            const path = fields[i++];
            const status = code === 'A'
                ? 'added'
                : code === 'D'
                    ? 'removed'
                    : code === 'M'
                        ? 'modified'
                        : 'changed';
            changes.push(status === 'removed' ? { path, status } : { path, status, sha });
        }
    }
    return changes;
}

;// CONCATENATED MODULE: ./src/github/changed-files.ts
/** GitHub lists at most this many files of a pull request. */
const PULL_FILES_LIMIT = 3000;
function toChangedFile(file) {
    return {
        path: file.filename,
        previousPath: file.previous_filename,
        status: file.status,
        sha: file.sha ?? undefined,
        patch: file.patch,
    };
}
/** Every page of a pull request's file list (GitHub stops at 3,000 files). */
async function listPullRequestFiles(octokit, repo, pullNumber) {
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
        ...repo,
        pull_number: pullNumber,
        per_page: 100,
    });
    return files.map(toChangedFile);
}
/** The files changed between two commits of a push, through the compare API. */
async function listComparedFiles(octokit, repo, base, head) {
    const files = [];
    const iterator = octokit.paginate.iterator(octokit.rest.repos.compareCommitsWithBasehead, {
        ...repo,
        basehead: `${base}...${head}`,
        per_page: 100,
    });
    for await (const page of iterator) {
        const data = page.data;
        for (const file of data.files ?? [])
            files.push(toChangedFile(file));
    }
    return files;
}
/** The content of a blob through the API. */
async function fetchBlob(octokit, repo, sha) {
    const { data } = await octokit.rest.git.getBlob({ ...repo, file_sha: sha });
    return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8');
}

;// CONCATENATED MODULE: ./src/util/redact.ts
/**
 * Values that must never appear in anything the action prints. The runner masks what
 * `core.setSecret` registered in its own log, but not in text that leaves the runner
 * (API requests, comments) nor when the bundle runs outside a runner, so messages that
 * may quote a secret (API errors echo requests) pass through `redact` as well.
 */
const secrets = new Set();
/** Registers a secret; values shorter than 6 characters are ignored as too common. */
function registerSecret(value) {
    if (value.length >= 6)
        secrets.add(value);
}
/** The text with every registered secret replaced by `***`. */
function redact(text) {
    let result = text;
    for (const secret of secrets)
        result = result.split(secret).join('***');
    return result;
}

;// CONCATENATED MODULE: ./src/github/api-errors.ts

// Apart from client.ts so that code the CLI shares with the action (the baseline's
// base versions) can describe API failures without loading Octokit.
/** The HTTP status of an Octokit error, if it has one. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * A short description of an API failure that never contains the token: Octokit errors
 * carry the request, whose headers hold it, so only status and message are used.
 */
function describeApiError(error) {
    const status = statusOf(error);
    const message = error?.message;
    // Redacted before it is cut, so that a cut cannot leave half a token behind.
    const text = typeof message === 'string'
        ? redact(message).split('\n')[0].slice(0, 300)
        : 'unknown error';
    return status ? `HTTP ${status}: ${text}` : text;
}

;// CONCATENATED MODULE: ./src/baseline/base-versions.ts




/**
 * Reads files as they were at one base commit: from local git objects when the checkout
 * has the commit (no request), else through the API. A path the commit does not have is
 * `absent`; one that could not be read is `unavailable`, with the reason.
 */
class BaseReader {
    options;
    local;
    tree;
    constructor(options) {
        this.options = options;
        this.local = hasCommit(options.workspace, options.commit);
    }
    /** Whether the base commit's objects are in the checkout. */
    get hasLocalCommit() {
        return this.local;
    }
    /** The version of `path` at the base commit. */
    async read(path) {
        const { commit, api } = this.options;
        if (this.local)
            return this.readLocal(path);
        if (!api) {
            return {
                state: 'unavailable',
                reason: 'the base commit is not in the checkout and there is no token to fetch it',
            };
        }
        try {
            return await this.readThroughContents(api, path);
        }
        catch (error) {
            api.debug(`Contents of ${path} at ${commit} failed (${describeApiError(error)}); trying the tree.`);
        }
        try {
            return await this.readThroughTree(api, path);
        }
        catch (error) {
            return {
                state: 'unavailable',
                reason: `its base version could not be fetched (${describeApiError(error)})`,
            };
        }
    }
    /** The version of `path` from local objects only; `unavailable` without the commit. */
    readLocal(path) {
        if (!this.local) {
            return { state: 'unavailable', reason: 'the base commit is not in the checkout' };
        }
        const blob = readFileAtRevision(this.options.workspace, this.options.commit, path);
        return blob ? this.toText(blob, 'git') : { state: 'absent' };
    }
    async readThroughContents(api, path) {
        const { octokit, repo } = api;
        const { commit } = this.options;
        let data;
        try {
            ({ data } = await octokit.rest.repos.getContent({ ...repo, path, ref: commit }));
        }
        catch (error) {
            if (statusOf(error) === 404)
                return { state: 'absent' };
            throw error;
        }
        const file = data;
        if (Array.isArray(data) || file.type !== 'file')
            return { state: 'absent' };
        // Files over 1 MB come without content; their blob has it.
        if (file.encoding === 'base64' && typeof file.content === 'string') {
            return this.toText(Buffer.from(file.content, 'base64'), 'api');
        }
        if (!file.sha)
            throw new Error('the contents answer has neither content nor sha');
        return this.toText(await fetchBlob(octokit, repo, file.sha), 'api');
    }
    async readThroughTree(api, path) {
        this.tree ??= this.loadTree(api);
        const tree = await this.tree;
        if (typeof tree === 'string')
            throw new Error(tree);
        const sha = tree.get(path);
        if (!sha)
            return { state: 'absent' };
        return this.toText(await fetchBlob(api.octokit, api.repo, sha), 'api');
    }
    /** Blob shas by path of the whole base tree, read once for every file. */
    async loadTree(api) {
        const { data } = await api.octokit.rest.git.getTree({
            ...api.repo,
            tree_sha: this.options.commit,
            recursive: 'true',
        });
        if (data.truncated)
            return 'the base tree is too large to list through the API';
        const blobs = new Map();
        for (const entry of data.tree) {
            if (entry.type === 'blob' && entry.path && entry.sha)
                blobs.set(entry.path, entry.sha);
        }
        return blobs;
    }
    toText(content, origin) {
        if (content.length > this.options.maxBytes) {
            return {
                state: 'unavailable',
                reason: `its base version is ${limits_tooLargeReason(this.options.maxBytes)}`,
            };
        }
        return { state: 'read', text: content.toString('utf8'), origin };
    }
}

;// CONCATENATED MODULE: ./src/baseline/git-history.ts

const SHA = /^[0-9a-f]{40,64}$/;
/**
 * The commit a user's revision names (`main`, `HEAD~3`, `v1.2`), or undefined when the
 * repository has no such commit. A revision that starts with `-` would read as an option.
 */
function resolveCommit(cwd, rev) {
    if (rev === '' || rev.startsWith('-'))
        return undefined;
    const out = git_gitText(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
    const sha = out?.trim();
    return sha && SHA.test(sha) ? sha : undefined;
}
/**
 * Where a pull request's branch left its base branch. GitHub's file list and patches are
 * relative to it; the base branch's tip may have moved on since, and comparing with the
 * tip would blame the pull request for what the base branch changed meanwhile. The one
 * in src/git/git.ts, which the action's file selection uses too.
 */

/**
 * The unified diff of one file between two commits, without context lines; for a rename
 * both names are given so git pairs them. Undefined when a commit is not in the checkout.
 */
function diffFile(cwd, base, head, path, previousPath) {
    if (!SHA.test(base) || !SHA.test(head))
        return undefined;
    const paths = previousPath && previousPath !== path ? [previousPath, path] : [path];
    return gitText(cwd, [
        '-c',
        'core.quotePath=false',
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--unified=0',
        '-M',
        base,
        head,
        '--',
        ...paths,
    ]);
}
/**
 * The path of the working tree's folder inside its repository (`apps/web/`, or `` at the
 * root), or undefined outside a git repository.
 */
function repositoryPrefix(cwd) {
    const out = git_gitText(cwd, ['rev-parse', '--show-prefix']);
    return out === undefined ? undefined : out.trim();
}
/**
 * Renames between a commit and the working tree, head path to previous path, both
 * relative to the repository root. Files not yet added to git are not paired.
 */
function renamesSince(cwd, base) {
    const renames = new Map();
    if (!SHA.test(base))
        return renames;
    const out = git_gitText(cwd, ['diff', '--name-status', '-z', '-M', base, '--']);
    if (!out)
        return renames;
    const fields = out.split('\0').filter((f) => f !== '');
    for (let i = 0; i < fields.length;) {
        const code = fields[i++];
        if (code.startsWith('R') || code.startsWith('C')) {
            const previous = fields[i++];
            const path = fields[i++];
            if (code.startsWith('R'))
                renames.set(path, previous);
        }
        else {
            i++;
        }
    }
    return renames;
}

;// CONCATENATED MODULE: ./src/report/identity.ts
/**
 * A finding's identity without its line: the check, the object, the container and the
 * field. Moving or re-indenting an object keeps it; adding a container changes it.
 */
function findingKey(finding) {
    const object = finding.object;
    return [
        finding.checkId,
        object?.kind ?? '',
        object?.namespace ?? '',
        object?.name ?? '',
        finding.container ?? '',
        finding.field ?? (object ? '' : `${finding.file}:${finding.range.line}`),
    ].join('|');
}

;// CONCATENATED MODULE: ./src/baseline/match.ts

/**
 * Marks the head findings that existed at the base. Findings match by identity (check,
 * object, container, field), never by line, so moving or re-indenting an object keeps its
 * findings old. Identities are counted, not just looked up: a second container with a
 * name that already had a finding is one new finding, not zero.
 *
 * Matching runs within each file first (base findings carry the head path, renames
 * included), then across files for what is left, so an object moved into another file
 * stays old. Among equal identities, findings away from the changed lines are taken as
 * the old ones. An existing finding gets `annotateExisting` when the change touched it.
 * Exempted findings take no part: they never count either way.
 */
function matchFindings(head, base, onChangedLine) {
    const headLeft = head.filter((f) => !f.exemption);
    const baseLeft = base.filter((f) => !f.exemption);
    const existing = [];
    const passes = [(f) => `${f.file}\0${findingKey(f)}`, findingKey];
    let unmatchedHead = headLeft;
    let unmatchedBase = baseLeft;
    for (const keyOf of passes) {
        const baseByKey = groupBy(unmatchedBase, keyOf);
        const nextHead = [];
        for (const group of groupBy(sortForMatching(unmatchedHead, onChangedLine), keyOf).values()) {
            const candidates = baseByKey.get(keyOf(group[0])) ?? [];
            const taken = Math.min(candidates.length, group.length);
            existing.push(...group.slice(0, taken));
            nextHead.push(...group.slice(taken));
            candidates.splice(0, taken);
        }
        unmatchedHead = nextHead;
        unmatchedBase = [...baseByKey.values()].flat();
    }
    for (const finding of existing) {
        finding.existing = true;
        if (onChangedLine(finding))
            finding.annotateExisting = true;
    }
    const introduced = new Set(unmatchedHead);
    const old = new Set(existing);
    return {
        introduced: head.filter((f) => introduced.has(f)),
        existing: head.filter((f) => old.has(f)),
        fixed: unmatchedBase,
    };
}
/** Findings off the changed lines first, then in file order, for a stable choice. */
function sortForMatching(findings, onChangedLine) {
    return findings
        .map((finding) => ({ finding, changed: onChangedLine(finding) }))
        .sort((a, b) => Number(a.changed) - Number(b.changed) ||
        a.finding.file.localeCompare(b.finding.file) ||
        a.finding.range.line - b.finding.range.line ||
        a.finding.range.column - b.finding.range.column)
        .map((entry) => entry.finding);
}
function groupBy(findings, keyOf) {
    const groups = new Map();
    for (const finding of findings) {
        const key = keyOf(finding);
        const group = groups.get(key);
        if (group)
            group.push(finding);
        else
            groups.set(key, [finding]);
    }
    return groups;
}

;// CONCATENATED MODULE: ./src/baseline/compare-with-revision.ts






/**
 * The CLI's `--base <git-ref>`: checks each file as it was at the revision (under its old
 * name when git sees it renamed since) and marks the current findings that were there
 * already as `existing`, in place. Only local git objects are read.
 */
function compareWithRevision(options) {
    const { cwd, rev } = options;
    const prefix = repositoryPrefix(cwd);
    if (prefix === undefined) {
        throw new errors/* UserError */.y(`--base needs a git repository, and ${cwd} is not inside one. Run podspec-check from the repository, or leave out --base.`);
    }
    const sha = resolveCommit(cwd, rev);
    if (!sha) {
        throw new errors/* UserError */.y(`--base "${rev}" does not name a commit of this repository. Give a branch, tag or commit that \`git rev-parse\` knows (fetch it first if it is remote).`);
    }
    // Base versions, under the name each file had then
    const renames = renamesSince(cwd, sha);
    const reader = new BaseReader({
        workspace: cwd,
        commit: sha,
        maxBytes: options.config.limits.maxFileBytes,
    });
    const baseSources = [];
    let addedFiles = 0;
    for (const source of options.sources) {
        const repoPath = external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(prefix, source.path));
        const version = reader.readLocal(renames.get(repoPath) ?? repoPath);
        if (version.state === 'read')
            baseSources.push({ path: source.path, text: version.text });
        else
            addedFiles++;
    }
    // Findings then and now
    const baseRun = runEngine({ files: baseSources, config: options.config });
    const matched = matchFindings(options.findings, baseRun.findings, () => false);
    return {
        sha,
        introduced: matched.introduced.length,
        existing: matched.existing.length,
        fixed: matched.fixed,
        addedFiles,
    };
}

;// CONCATENATED MODULE: ./src/config/schema.json
const config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$comment":"Generated by .ci/gen-docs.ts from the check modules; run `npm run docs`.","title":"podspec-check configuration (.github/podspec-check.yaml)","type":"object","additionalProperties":false,"properties":{"checks":{"description":"Per-check severity and options, by check id.","type":"object","additionalProperties":false,"properties":{"image-pull-policy":{"description":"imagePullPolicy must be Always","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allow-digest":{"type":"boolean","description":"Accept a container whose image is pinned by digest (`image@sha256:...`) without `Always`: the digest names one exact image, so a stale cache cannot serve another."}}}}}]},"image-tag":{"description":"Images name a fixed tag or a digest","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"readiness-probe":{"description":"Containers have a readiness probe","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"liveness-probe":{"description":"Containers have a liveness probe","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"cpu-requests":{"description":"Containers request CPU","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"cpu-limits":{"description":"Containers have a CPU limit","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"memory-requests":{"description":"Containers request memory","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"memory-limits":{"description":"Containers have a memory limit","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-network":{"description":"Pods do not share the node\'s network","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-pid":{"description":"Pods do not share the node\'s process namespace","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-ipc":{"description":"Pods do not share the node\'s IPC namespace","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-port":{"description":"Containers do not bind a port of the node","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-path":{"description":"Pods do not mount directories of the node","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-process":{"description":"Windows containers do not run as host processes","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"proc-mount":{"description":"Containers keep /proc masked","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"privileged":{"description":"Containers are not privileged","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"privilege-escalation":{"description":"Containers forbid privilege escalation","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"run-as-non-root":{"description":"Containers cannot run as root","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"dangerous-capabilities":{"description":"Containers do not add dangerous capabilities","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"insecure-capabilities":{"description":"Containers drop the default capabilities","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"read-only-root-filesystem":{"description":"Containers have a read-only root filesystem","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"linux-hardening":{"description":"Containers use a Linux hardening profile","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"secret-in-env":{"description":"No credentials written into env values","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"priority-class":{"description":"Pods name a priority class","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"topology-spread":{"description":"Replicated pods spread across nodes and zones","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"replicas":{"description":"Deployments run at least two replicas","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"minimum":{"type":"integer","minimum":0,"description":"The fewest replicas a Deployment may run (kube-linter asks for 3). A Deployment scaled to 0 on purpose is never reported."}}}}}]},"instance-label":{"description":"Workloads carry a matching app.kubernetes.io/instance label","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"service-account-token":{"description":"Pods mount an API token only when they use it","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"pod-disruption-budget":{"description":"Deployments and StatefulSets have a PodDisruptionBudget","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"network-policy":{"description":"Pods are isolated by NetworkPolicies for ingress and egress","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"require-egress":{"type":"boolean","description":"Also require a policy that restricts egress. Set to false where egress is controlled elsewhere (an egress gateway, a mesh)."}}}}}]},"pdb-allows-disruption":{"description":"PodDisruptionBudgets allow at least one disruption","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"hpa-min-replicas":{"description":"HorizontalPodAutoscalers keep at least two replicas","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"minimum":{"type":"integer","minimum":0,"description":"The lowest minReplicas an autoscaler may have (kube-linter asks for 3)."}}}}}]},"hpa-max-replicas":{"description":"HorizontalPodAutoscalers can scale up","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"pdb-vs-hpa":{"description":"A PodDisruptionBudget leaves room at the autoscaler\'s minimum","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"schema":{"description":"Pod specs match the Kubernetes API schema","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"duplicate-env":{"description":"Env variable names are unique in a container","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"probe-port":{"description":"Probes aim at a port the container names","oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"yaml-syntax":{"oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]}}}]},"stale-exemption":{"oneOf":[{"enum":["error","warning","notice","off"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["error","warning","notice","off"]}}}]}}},"exclude":{"description":"Globs of paths to leave out.","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"exemptions":{"description":"Findings to keep out of the counts, each with a reason.","type":"array","items":{"type":"object","additionalProperties":false,"required":["checks","reason"],"properties":{"checks":{"oneOf":[{"enum":["image-pull-policy","image-tag","readiness-probe","liveness-probe","cpu-requests","cpu-limits","memory-requests","memory-limits","host-network","host-pid","host-ipc","host-port","host-path","host-process","proc-mount","privileged","privilege-escalation","run-as-non-root","dangerous-capabilities","insecure-capabilities","read-only-root-filesystem","linux-hardening","secret-in-env","priority-class","topology-spread","replicas","instance-label","service-account-token","pod-disruption-budget","network-policy","pdb-allows-disruption","hpa-min-replicas","hpa-max-replicas","pdb-vs-hpa","schema","duplicate-env","probe-port","yaml-syntax","stale-exemption","all"]},{"type":"array","items":{"enum":["image-pull-policy","image-tag","readiness-probe","liveness-probe","cpu-requests","cpu-limits","memory-requests","memory-limits","host-network","host-pid","host-ipc","host-port","host-path","host-process","proc-mount","privileged","privilege-escalation","run-as-non-root","dangerous-capabilities","insecure-capabilities","read-only-root-filesystem","linux-hardening","secret-in-env","priority-class","topology-spread","replicas","instance-label","service-account-token","pod-disruption-budget","network-policy","pdb-allows-disruption","hpa-min-replicas","hpa-max-replicas","pdb-vs-hpa","schema","duplicate-env","probe-port","yaml-syntax","stale-exemption","all"]}}]},"kinds":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"namespaces":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"names":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"containers":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"paths":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"reason":{"type":"string","minLength":1}}}},"limits":{"type":"object","additionalProperties":false,"properties":{"max-file-bytes":{"type":"integer","minimum":1},"max-documents":{"type":"integer","minimum":1},"max-depth":{"type":"integer","minimum":1},"max-aliases":{"type":"integer","minimum":1}}},"fix":{"type":"object","additionalProperties":false,"properties":{"checks":{"type":"array","items":{"enum":["image-pull-policy"]}}}}}}');
;// CONCATENATED MODULE: ./src/config/validate.ts



/** The configuration schema, generated from the check modules by .ci/gen-docs.ts. */
const CONFIG_SCHEMA = config_schema_namespaceObject;
function describeType(schema) {
    if (schema.enum)
        return `one of ${schema.enum.map((v) => `"${String(v)}"`).join(', ')}`;
    if (schema.oneOf)
        return schema.oneOf.map(describeType).join(', or ');
    if (schema.type === 'object')
        return 'a mapping';
    if (schema.type === 'array')
        return 'a list';
    if (schema.type === 'integer')
        return 'a whole number';
    return `a ${schema.type ?? 'value'}`;
}
/** Whether a node has the shape a branch of `oneOf` expects, to pick that branch. */
function shapeFits(node, schema) {
    if (schema.oneOf)
        return schema.oneOf.some((branch) => shapeFits(node, branch));
    if (schema.type === 'object')
        return (0,dist/* isMap */.jh)(node);
    if (schema.type === 'array')
        return (0,dist/* isSeq */.oP)(node);
    return (0,dist/* isScalar */.jn)(node);
}
/**
 * Checks a YAML node against the schema and returns the first problem: an unknown key
 * (with "did you mean"), a wrong type, a value outside an enum, a missing key.
 */
function validateNode(node, schema, path) {
    const where = path || 'the configuration';
    if (schema.oneOf) {
        const branch = schema.oneOf.find((b) => shapeFits(node, b) && !validateNode(node, b, path)) ??
            schema.oneOf.find((b) => shapeFits(node, b));
        if (!branch)
            return { node, message: `${where} must be ${describeType(schema)}.` };
        return validateNode(node, branch, path);
    }
    if (schema.enum) {
        const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
        if (schema.enum.includes(value))
            return undefined;
        const text = String(value ?? '');
        return {
            node,
            message: `${where} is "${text}", which is not accepted.${didYouMean(text, schema.enum.map(String))} Accepted: ${schema.enum.join(', ')}.`,
        };
    }
    switch (schema.type) {
        case 'object': {
            if (!(0,dist/* isMap */.jh)(node))
                return { node, message: `${where} must be a mapping.` };
            const known = Object.keys(schema.properties ?? {});
            const seen = new Set();
            for (const pair of node.items) {
                const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
                seen.add(key);
                const child = schema.properties?.[key];
                const childPath = path ? `${path}.${key}` : key;
                if (!child) {
                    if (schema.additionalProperties === false) {
                        return {
                            node: pair.key,
                            message: `unknown key "${childPath}".${didYouMean(key, known)} Accepted: ${known.join(', ') || 'none'}.`,
                        };
                    }
                    continue;
                }
                const error = validateNode(pair.value, child, childPath);
                if (error)
                    return error;
            }
            const missing = (schema.required ?? []).find((key) => !seen.has(key));
            if (missing)
                return { node, message: `${where} needs "${missing}".` };
            return undefined;
        }
        case 'array': {
            if (!(0,dist/* isSeq */.oP)(node))
                return { node, message: `${where} must be a list.` };
            for (const [index, item] of node.items.entries()) {
                const error = schema.items && validateNode(item, schema.items, `${path}[${index}]`);
                if (error)
                    return error;
            }
            return undefined;
        }
        default:
            return validateScalar(node, schema, where);
    }
}
function validateScalar(node, schema, where) {
    const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
    const ok = (schema.type === 'string' && typeof value === 'string') ||
        (schema.type === 'boolean' && typeof value === 'boolean') ||
        (schema.type === 'integer' && Number.isInteger(value)) ||
        (schema.type === 'number' && typeof value === 'number');
    if (!ok)
        return { node, message: `${where} must be ${describeType(schema)}.` };
    if (schema.minimum !== undefined &&
        typeof value === 'number' &&
        value < schema.minimum) {
        return { node, message: `${where} must be at least ${schema.minimum}.` };
    }
    if (schema.minLength &&
        typeof value === 'string' &&
        value.trim().length < schema.minLength) {
        return { node, message: `${where} must not be empty.` };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/config/types.ts

function defaultConfig() {
    return {
        checks: {},
        exclude: [],
        exemptions: [],
        limits: { ...DEFAULT_LIMITS },
        fix: { checks: ['image-pull-policy'] },
    };
}

;// CONCATENATED MODULE: ./src/config/load.ts





const LIMIT_KEYS = {
    'max-file-bytes': 'maxFileBytes',
    'max-documents': 'maxDocuments',
    'max-depth': 'maxDepth',
    'max-aliases': 'maxAliases',
};
/**
 * Reads the configuration file. `required` is false for the default path, which may be
 * absent; an explicit path that is absent is an error.
 */
function loadConfig(path, required) {
    let text;
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
    }
    catch (error) {
        if (!required && error.code === 'ENOENT')
            return defaultConfig();
        throw new errors/* UserError */.y(`Configuration file ${path} could not be read: ${error.message}`);
    }
    return parseConfig(text, path);
}
function parseConfig(text, path) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    const where = (node) => {
        const offset = node?.range?.[0] ?? 0;
        return `${path}:${lineCounter.linePos(offset).line}`;
    };
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        throw new errors/* UserError */.y(`${path}:${lineCounter.linePos(error.pos[0]).line}: the configuration is not valid YAML: ${error.message.split('\n')[0]}`);
    }
    const config = defaultConfig();
    config.path = path;
    const root = doc.contents;
    if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null))
        return config;
    if (!(0,dist/* isMap */.jh)(root))
        throw new errors/* UserError */.y(`${where(root)}: the configuration must be a mapping.`);
    // The schema (src/config/schema.json, generated from the check modules) names every
    // key and value accepted; once it passes, what follows only reads the values.
    const schemaError = validateNode(root, CONFIG_SCHEMA, '');
    if (schemaError)
        throw new errors/* UserError */.y(`${where(schemaError.node)}: ${schemaError.message}`);
    const data = root.toJSON();
    for (const [id, setting] of Object.entries(data.checks ?? {})) {
        config.checks[id] = typeof setting === 'string' ? { severity: setting } : setting;
    }
    if (data.exclude !== undefined)
        config.exclude = list(data.exclude);
    const exemptionNodes = root.get('exemptions');
    (data.exemptions ?? []).forEach((raw, index) => {
        const node = (0,dist/* isSeq */.oP)(exemptionNodes) ? exemptionNodes.items[index] : root;
        config.exemptions.push({
            checks: list(raw.checks),
            ...(raw.kinds !== undefined && { kinds: list(raw.kinds) }),
            ...(raw.namespaces !== undefined && { namespaces: list(raw.namespaces) }),
            ...(raw.names !== undefined && { names: list(raw.names) }),
            ...(raw.containers !== undefined && { containers: list(raw.containers) }),
            ...(raw.paths !== undefined && { paths: list(raw.paths) }),
            reason: raw.reason,
            source: { file: path, line: lineCounter.linePos(node.range?.[0] ?? 0).line },
        });
    });
    for (const [key, value] of Object.entries(data.limits ?? {})) {
        config.limits[LIMIT_KEYS[key]] = value;
    }
    if (data.fix?.checks !== undefined)
        config.fix.checks = data.fix.checks;
    return config;
}
function list(value) {
    return typeof value === 'string' ? [value] : value;
}

;// CONCATENATED MODULE: ./src/discovery/globs.ts

const OPTIONS = { dot: true };
/** Whether a repository-relative path matches any of `globs` (dotfiles included). */
function globs_matchesAny(path, globs) {
    return globs.some((glob) => minimatch(path, glob, OPTIONS));
}
/** Whether a repository-relative path is a candidate: it matches `paths` and no `exclude`. */
function isCandidate(path, paths, exclude) {
    return globs_matchesAny(path, paths) && !globs_matchesAny(path, exclude);
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/discovery/workspace.ts




/**
 * Reads a file of the workspace by its repository-relative path, refusing anything that
 * is a symbolic link or lies under one, and anything that would resolve outside the
 * workspace. A pull request can add a link to `/etc/passwd` or to the runner's secrets;
 * such a file is never opened.
 */
function readWorkspaceFile(workspace, path, maxBytes) {
    return workspaceReader(workspace)(path, maxBytes);
}
/**
 * `readWorkspaceFile` bound to one workspace, whose real path is resolved once (at the
 * first read) rather than for every file.
 */
function workspaceReader(workspace) {
    let root;
    return (path, maxBytes) => readUnder((root ??= realpathSync.native(workspace)), path, maxBytes);
}
function readUnder(root, path, maxBytes) {
    const lexical = resolve(root, path);
    if (lexical !== root && !lexical.startsWith(root + sep)) {
        return { ok: false, reason: 'lies outside the workspace; not read' };
    }
    let stat;
    try {
        stat = lstatSync(lexical);
    }
    catch {
        return { ok: false, reason: 'not in the workspace', missing: true };
    }
    if (stat.isSymbolicLink()) {
        return { ok: false, reason: 'is a symbolic link; links are never followed' };
    }
    let real;
    try {
        real = realpathSync.native(lexical);
    }
    catch {
        return { ok: false, reason: 'could not be resolved', missing: true };
    }
    if (real !== lexical) {
        return {
            ok: false,
            reason: 'lies under a symbolically linked folder; links are never followed',
        };
    }
    if (!stat.isFile())
        return { ok: false, reason: 'is not a regular file' };
    if (stat.size > maxBytes)
        return { ok: false, reason: tooLargeReason(maxBytes) };
    // O_NOFOLLOW: a link swapped in after the checks above is refused by the kernel.
    let fd;
    try {
        fd = openSync(lexical, constants.O_RDONLY | constants.O_NOFOLLOW);
        return { ok: true, content: readFileSync(fd) };
    }
    catch {
        return { ok: false, reason: 'could not be read' };
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
}
/**
 * Writes a file the workflow asked for (the SARIF report) without following links: the
 * pull request could have put a link where the report goes, pointing at a file outside
 * the workspace. Returns why it refused, or undefined when written.
 */
function writeFileNoFollow(path, content) {
    const full = resolve(path);
    let folder;
    try {
        folder = realpathSync(dirname(full));
    }
    catch {
        return 'its folder does not exist';
    }
    if (folder !== dirname(full))
        return 'its folder is reached through a symbolic link';
    let fd;
    try {
        fd = openSync(full, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
        if (typeof content === 'string')
            writeFileSync(fd, content);
        else
            for (const piece of content)
                writeFileSync(fd, piece);
        return undefined;
    }
    catch (error) {
        return error.code === 'ELOOP'
            ? 'it is a symbolic link'
            : `it could not be written (${error.code ?? 'error'})`;
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
}
/** Git's object id of a blob with this content, to tell whether the workspace holds it. */
function gitBlobSha(content) {
    return createHash('sha1')
        .update(`blob ${content.length}\0`)
        .update(content)
        .digest('hex');
}
/**
 * Every regular file below the workspace, as repository-relative paths with `/`. Does
 * not enter `.git` or follow symbolic links; links are listed so they can be reported.
 */
function listWorkspaceFiles(workspace) {
    const files = [];
    const links = [];
    const stack = [workspace];
    while (stack.length > 0) {
        const dir = stack.pop();
        let entries;
        try {
            entries = (0,external_node_fs_namespaceObject.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const entry of entries) {
            const full = (0,external_node_path_namespaceObject.join)(dir, entry.name);
            const rel = (0,external_node_path_namespaceObject.relative)(workspace, full).split(external_node_path_namespaceObject.sep).join('/');
            if (entry.isSymbolicLink())
                links.push(rel);
            else if (entry.isDirectory()) {
                if (entry.name !== '.git')
                    stack.push(full);
            }
            else if (entry.isFile())
                files.push(rel);
        }
    }
    return { files: files.sort(), links: links.sort() };
}

;// CONCATENATED MODULE: ./src/discovery/local-files.ts




const MANIFEST_GLOBS = ['**/*.yaml', '**/*.yml', '**/*.json'];
/**
 * Expands CLI arguments into files relative to `root`: a file is taken as given, a
 * folder contributes its manifest files. Links are reported, never followed.
 */
function expandPaths(root, args, exclude) {
    const files = new Set();
    const skipped = [];
    const missing = [];
    const excluded = (path) => globs_matchesAny(path, exclude);
    for (const arg of args) {
        const full = (0,external_node_path_namespaceObject.resolve)(root, arg);
        const rel = toPosix((0,external_node_path_namespaceObject.relative)(root, full));
        let stat;
        try {
            stat = (0,external_node_fs_namespaceObject.lstatSync)(full);
        }
        catch {
            missing.push(arg);
            continue;
        }
        if (stat.isSymbolicLink()) {
            skipped.push({ path: rel, reason: 'is a symbolic link; links are never followed' });
        }
        else if (stat.isDirectory()) {
            const listed = listWorkspaceFiles(full);
            const prefix = rel === '' ? '' : `${rel}/`;
            for (const file of listed.files) {
                if (isCandidate(file, MANIFEST_GLOBS, []) && !excluded(prefix + file)) {
                    files.add(prefix + file);
                }
            }
            for (const link of listed.links) {
                if (isCandidate(link, MANIFEST_GLOBS, [])) {
                    skipped.push({
                        path: prefix + link,
                        reason: 'is a symbolic link; links are never followed',
                    });
                }
            }
        }
        else if (!excluded(rel)) {
            files.add(rel);
        }
    }
    return { files: [...files].sort(), skipped, missing };
}
function toPosix(path) {
    return path.split(external_node_path_namespaceObject.sep).join('/');
}

;// CONCATENATED MODULE: ./src/discovery/context-files.ts





/**
 * The manifests below `paths` (the whole workspace by default) that may hold objects
 * related to the checked ones (a PodDisruptionBudget in an unchanged file). Links are
 * never followed, files over `maxBytes` are left out, and files that name none of the
 * related kinds are not returned, so the engine parses only what the lookups can use.
 * Files in `known` (the checked ones, already read) are not read again: the engine
 * takes their objects from the checked sources and ignores a context file of that path.
 */
function relatedContextFiles(root, exclude, maxBytes, paths = ['.'], known = new Set()) {
    // Installed packages are nobody's manifests and can hold thousands of JSON files.
    const { files } = expandPaths(root, paths, [...exclude, '**/node_modules/**']);
    const sources = [];
    for (const path of files) {
        if (known.has(path))
            continue;
        const full = (0,external_node_path_namespaceObject.resolve)(root, path);
        try {
            const stat = (0,external_node_fs_namespaceObject.lstatSync)(full);
            if (!stat.isFile() || stat.size > maxBytes)
                continue;
            const text = (0,external_node_fs_namespaceObject.readFileSync)(full, 'utf8');
            if (mayHoldKind(text, RELATED_KINDS))
                sources.push({ path, text });
        }
        catch {
            // A file that vanished or cannot be read only means less context.
        }
    }
    return sources;
}

;// CONCATENATED MODULE: ./src/report/counts.ts
/** Findings that count: not exempted and not marked as existing at the base. */
function counted(findings) {
    return findings.filter((f) => !f.exemption && !f.existing);
}
function countFindings(findings) {
    const active = counted(findings);
    return {
        findings: active.length,
        errors: active.filter((f) => f.severity === 'error').length,
        warnings: active.filter((f) => f.severity === 'warning').length,
        notices: active.filter((f) => f.severity === 'notice').length,
        exempted: findings.filter((f) => f.exemption).length,
        existing: findings.filter((f) => f.existing && !f.exemption).length,
    };
}
const RANK = { error: 3, warning: 2, notice: 1 };
/** Whether any counted finding reaches the `fail-on` severity. */
function fails(findings, failOn) {
    if (failOn === 'never')
        return false;
    return counted(findings).some((f) => RANK[f.severity] >= RANK[failOn]);
}
function compareFindings(a, b) {
    return (RANK[b.severity] - RANK[a.severity] ||
        a.file.localeCompare(b.file) ||
        a.range.line - b.range.line ||
        a.range.column - b.range.column ||
        a.checkId.localeCompare(b.checkId));
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/fix/anchor.ts

/**
 * The anchor (`&name`) of the innermost anchored node that holds the node a fix edits,
 * if any: an edit there reaches every alias and merge of that anchor too.
 */
function anchorAround(file, intent) {
    const target = intent.type === 'set-scalar' ? intent.node : intent.map;
    const at = target.range?.[0];
    if (at === undefined)
        return undefined;
    const doc = file.documents.find((d) => d.range[0] <= at && at < d.range[2]);
    if (!doc)
        return undefined;
    return innermostAnchor(doc, at);
}
function innermostAnchor(doc, at) {
    let found;
    (0,dist/* visit */.YR)(doc, (_key, node) => {
        const candidate = node;
        if (!candidate.anchor || !candidate.range)
            return;
        const [start, end] = candidate.range;
        if (start <= at &&
            at < Math.max(end, start + 1) &&
            (!found || end - start < found.size)) {
            found = { anchor: candidate.anchor, size: end - start };
        }
    });
    return found?.anchor;
}

;// CONCATENATED MODULE: ./src/fix/apply-edits.ts
/**
 * Drops repeated edits (two containers that share an anchor ask for the same one) and
 * sorts the rest by position, keeping the given order among insertions at one offset.
 * Returns undefined when two different edits overlap: they cannot both be right.
 */
function normalizeEdits(edits) {
    const seen = new Set();
    const unique = [];
    for (const edit of edits) {
        const key = `${edit.start}:${edit.end}:${edit.text}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        unique.push(edit);
    }
    const sorted = unique
        .map((edit, order) => ({ edit, order }))
        .sort((a, b) => a.edit.start - b.edit.start || a.order - b.order)
        .map(({ edit }) => edit);
    for (let i = 1; i < sorted.length; i++) {
        const previous = sorted[i - 1];
        const current = sorted[i];
        const bothInsertions = previous.start === previous.end && current.start === current.end;
        if (current.start < previous.end)
            return undefined;
        if (current.start === previous.start && !bothInsertions)
            return undefined;
    }
    return sorted;
}
/** The text with the edits applied; every offset refers to the original text. */
function applyEdits(text, edits) {
    const sorted = normalizeEdits(edits);
    if (!sorted)
        throw new Error('applyEdits was given overlapping edits');
    const parts = [];
    let cursor = 0;
    for (const edit of sorted) {
        parts.push(text.slice(cursor, edit.start), edit.text);
        cursor = edit.end;
    }
    parts.push(text.slice(cursor));
    return parts.join('');
}

;// CONCATENATED MODULE: ./src/fix/scalar-style.ts

/**
 * Values that YAML and JSON read as something other than a string when unquoted. A fix
 * that writes one of them means the non-string value, so it is never quoted.
 */
const NON_STRING = /^(true|false|null|-?(0|[1-9][0-9]*)(\.[0-9]+)?)$/;
/** A plain scalar that reads back as the same string in YAML 1.1 and 1.2 alike. */
const SAFE_PLAIN = /^[A-Za-z_][A-Za-z0-9_./-]*$/;
const YAML_11_WORDS = /^(y|n|yes|no|on|off|true|false|null)$/i;
/** The quote style of a parsed scalar; block scalars count as plain. */
function quoteStyleOf(node) {
    if (!(node instanceof dist/* Scalar */.X5))
        return 'plain';
    if (node.type === dist/* Scalar */.X5.QUOTE_DOUBLE)
        return 'double';
    if (node.type === dist/* Scalar */.X5.QUOTE_SINGLE)
        return 'single';
    return 'plain';
}
/**
 * Writes `value` in `style`. A value that is not a string (`true`, `3`) stays plain
 * whatever the style, and a string that would not read back as itself when plain is
 * double-quoted.
 */
function formatScalar(value, style) {
    if (NON_STRING.test(value))
        return value;
    if (style === 'double')
        return JSON.stringify(value);
    if (style === 'single')
        return `'${value.replace(/'/g, "''")}'`;
    if (SAFE_PLAIN.test(value) && !YAML_11_WORDS.test(value))
        return value;
    return JSON.stringify(value);
}
/** Writes a mapping key in `style`; keys are always strings. */
function formatKey(key, style) {
    if (style === 'double')
        return JSON.stringify(key);
    if (style === 'single')
        return `'${key.replace(/'/g, "''")}'`;
    return SAFE_PLAIN.test(key) && !YAML_11_WORDS.test(key) ? key : JSON.stringify(key);
}

;// CONCATENATED MODULE: ./src/fix/text-lines.ts
/**
 * Line arithmetic on the original text. Offsets are JavaScript string indices, the same
 * unit the `yaml` parser reports, so a byte-order mark counts as one character.
 */
/** Offset of the first character of the line that holds `offset`. */
function lineStart(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
/** Offset of the line break (`\r\n` or `\n`) that ends the line holding `offset`, or the end of the text. */
function lineEnd(text, offset) {
    const newline = text.indexOf('\n', offset);
    if (newline === -1)
        return text.length;
    return newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline;
}
/**
 * The line break to write next to `offset`: the one that ends its line, else the first
 * one in the file, else `\n`. Files that mix endings keep each line's own.
 */
function newlineNear(text, offset) {
    const end = lineEnd(text, offset);
    if (end < text.length)
        return text[end] === '\r' ? '\r\n' : '\n';
    const first = text.indexOf('\n');
    if (first === -1)
        return '\n';
    return first > 0 && text[first - 1] === '\r' ? '\r\n' : '\n';
}
/**
 * The whitespace that puts a new line's key in the same column as the key at `offset`.
 * Sequence dashes and a byte-order mark before it become spaces or vanish; tabs stay.
 */
function indentBefore(text, offset) {
    return text
        .slice(lineStart(text, offset), offset)
        .replace(/\uFEFF/g, '')
        .replace(/[^\t]/g, ' ');
}
/** Whether only whitespace precedes `offset` on its line (a byte-order mark counts as none). */
function startsLine(text, offset) {
    return /^[\uFEFF \t]*$/.test(text.slice(lineStart(text, offset), offset));
}

;// CONCATENATED MODULE: ./src/fix/plan-add-field.ts



/**
 * Inserts `key: value` into a mapping, in the mapping's own layout: a new line at the
 * mapping's indentation for block mappings, a member inside the braces for flow
 * mappings and JSON. The new field goes right after the first of `after` that the
 * mapping has as its own key, else after its last item.
 */
function planAddField(text, map, field, after = []) {
    const own = ownPairs(map);
    if (own.some((pair) => keyOf(pair) === field.key)) {
        return { ok: true, edits: [] };
    }
    if (!map.range)
        return { ok: false, reason: 'the mapping has no source position' };
    if (map.flow)
        return planFlow(text, map, own, field, after);
    if (own.length === 0) {
        return { ok: false, reason: 'the mapping has no field of its own to write next to' };
    }
    return planBlock(text, own, field, after);
}
function planBlock(text, own, field, after) {
    const reference = referencePair(own, after);
    // Every key of a block mapping sits in one column; a key that starts its line gives
    // it without the `- ` of a compact sequence item in the way.
    const lined = own.find((pair) => startsLine(text, pair.key.range[0])) ?? reference;
    const indent = indentBefore(text, lined.key.range[0]);
    const line = member(field, quoteStyleOf(reference.key), ': ');
    const end = endOf(reference);
    if (end > 0 && text[end - 1] === '\n') {
        // Block collections and block scalars end at the start of the next line.
        const newline = end > 1 && text[end - 2] === '\r' ? '\r\n' : '\n';
        return { ok: true, edits: [{ start: end, end, text: `${indent}${line}${newline}` }] };
    }
    // A scalar ends mid-line: the new line follows whatever comment ends that line.
    const at = lineEnd(text, end);
    return {
        ok: true,
        edits: [{ start: at, end: at, text: `${newlineNear(text, end)}${indent}${line}` }],
    };
}
function planFlow(text, map, own, field, after) {
    const [mapStart] = map.range ?? [0];
    if (own.length === 0) {
        if (map.items.length > 0 || text[mapStart] !== '{') {
            return { ok: false, reason: 'the flow mapping has no field of its own to follow' };
        }
        const style = /^\s*[[{]/.test(text) ? 'double' : 'plain';
        const edit = {
            start: mapStart + 1,
            end: mapStart + 1,
            text: member(field, style, ': '),
        };
        return { ok: true, edits: [edit] };
    }
    const reference = referencePair(own, after);
    const style = quoteStyleOf(reference.key);
    const written = member(field, style, separatorOf(text, reference));
    const end = endOf(reference);
    const inline = [{ start: end, end, text: `, ${written}` }];
    if (!startsLine(text, reference.key.range[0]))
        return { ok: true, edits: inline };
    // One member per line (JSON, or a long flow mapping): the new member gets its own
    // line at the reference key's indentation, after the reference's comma and comment.
    const indent = indentBefore(text, reference.key.range[0]);
    const newline = newlineNear(text, end);
    const rest = text.slice(end, lineEnd(text, end));
    const comma = /^[ \t]*,/.exec(rest);
    if (comma) {
        const tail = rest.slice(comma[0].length);
        if (!/^[ \t]*(#.*)?$/.test(tail))
            return { ok: true, edits: inline };
        const at = lineEnd(text, end);
        return {
            ok: true,
            edits: [{ start: at, end: at, text: `${newline}${indent}${written},` }],
        };
    }
    if (!/^[ \t]*(#.*)?$/.test(rest))
        return { ok: true, edits: inline };
    // The reference is the last member: it gains the comma, the new member a line.
    const at = lineEnd(text, end);
    const line = `${newline}${indent}${written}`;
    if (at === end)
        return { ok: true, edits: [{ start: end, end, text: `,${line}` }] };
    return {
        ok: true,
        edits: [
            { start: end, end, text: ',' },
            { start: at, end: at, text: line },
        ],
    };
}
function ownPairs(map) {
    const pairs = [];
    for (const item of map.items) {
        if (!(0,dist/* isScalar */.jn)(item.key) || !item.key.range)
            continue;
        pairs.push({
            key: item.key,
            value: (item.value ?? null),
        });
    }
    return pairs;
}
function keyOf(pair) {
    return (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : undefined;
}
function referencePair(own, after) {
    for (const name of after) {
        const found = own.find((pair) => keyOf(pair) === name && keyOf(pair) !== '<<');
        if (found)
            return found;
    }
    // The last item in source order, which is not always the last in the list.
    return own.reduce((last, pair) => (endOf(pair) > endOf(last) ? pair : last));
}
/** Where the pair's value ends, before any comment; the key's end for an empty value. */
function endOf(pair) {
    const valueEnd = pair.value?.range?.[1] ?? 0;
    return Math.max(pair.key.range[1], valueEnd);
}
/** The key-value separator the reference member uses (`: `, `:`, ` : `). */
function separatorOf(text, pair) {
    const valueStart = pair.value?.range?.[0];
    if (valueStart === undefined)
        return ': ';
    const between = text.slice(pair.key.range[1], valueStart);
    return /^[ \t]*:[ \t]*$/.test(between) ? between : ': ';
}
function member(field, style, separator) {
    return `${formatKey(field.key, style)}${separator}${formatScalar(field.value, style)}`;
}

;// CONCATENATED MODULE: ./src/fix/plan-set-scalar.ts



/**
 * Replaces a scalar's value token in place. Only the token between the node's start and
 * its value end is rewritten, so an anchor or tag before it and a comment after it stay
 * as they are, and the quote style is kept.
 */
function planSetScalar(text, node, value) {
    if (!(0,dist/* isScalar */.jn)(node) || !node.range) {
        return { ok: false, reason: 'the value is not a plain YAML scalar' };
    }
    if (String(node.value) === value)
        return { ok: true, edits: [] };
    const [start, end] = node.range;
    if (node.type === dist/* Scalar */.X5.BLOCK_LITERAL || node.type === dist/* Scalar */.X5.BLOCK_FOLDED) {
        // A block scalar's token runs to the start of the next line: keep that line break.
        const breakAt = end > start && text[end - 1] === '\n' ? lineEnd(text, end - 1) : end;
        return {
            ok: true,
            edits: [{ start, end: breakAt, text: formatScalar(value, 'plain') }],
        };
    }
    if (start === end) {
        // An empty value (`key:`) has no token: write one, kept apart from the colon, a
        // tag and a comment that follows, which would otherwise run into it.
        const before = /[ \t]/.test(text[start - 1] ?? '') ? '' : ' ';
        const after = text[start] === '#' ? ' ' : '';
        const written = `${before}${formatScalar(value, 'plain')}${after}`;
        return { ok: true, edits: [{ start, end, text: written }] };
    }
    return {
        ok: true,
        edits: [{ start, end, text: formatScalar(value, quoteStyleOf(node)) }],
    };
}

;// CONCATENATED MODULE: ./src/fix/plan.ts


/** Turns one fix intent into text edits against `text`, in the file's own style. */
function planIntent(text, intent) {
    switch (intent.type) {
        case 'set-scalar':
            return planSetScalar(text, intent.node, intent.value);
        case 'add-field':
            return planAddField(text, intent.map, { key: intent.key, value: intent.value }, intent.after);
    }
}

;// CONCATENATED MODULE: ./src/fix/line-hunks.ts


/**
 * The lines that the edits change, computed from the edits themselves rather than by
 * diffing two texts: cheap on large files and exact about which lines were touched.
 * Lines an edit spans but leaves equal at either end are trimmed off.
 */
function lineHunks(text, edits) {
    const sorted = normalizeEdits(edits);
    if (!sorted)
        throw new Error('lineHunks was given overlapping edits');
    const lineCounter = lineCounterOf(text);
    // 0-based line of an offset.
    const lineOf = (offset) => lineCounter.linePos(offset).line - 1;
    // Start offset of every line; a text that ends with a line break has one more entry
    // for the empty line after it, where an edit at the very end lands.
    const starts = lineCounter.lineStarts;
    const hunks = [];
    let group = [];
    let first = 0;
    let last = -1;
    const flush = () => {
        if (group.length === 0)
            return;
        const from = starts[first];
        const to = last + 1 < starts.length ? starts[last + 1] : text.length;
        const shifted = group.map((e) => ({
            ...e,
            start: e.start - from,
            end: e.end - from,
        }));
        const oldLines = splitLines(text.slice(from, to));
        const newLines = splitLines(applyEdits(text.slice(from, to), shifted));
        hunks.push(trim({ oldIndex: first, oldLines, newLines, edits: group }));
        group = [];
    };
    for (const edit of sorted) {
        const firstLine = lineOf(edit.start);
        const lastLine = Math.max(firstLine, lineOf(Math.max(edit.start, edit.end - 1)));
        if (group.length > 0 && firstLine > last)
            flush();
        if (group.length === 0)
            first = firstLine;
        group.push(edit);
        last = Math.max(last, lastLine);
    }
    flush();
    return hunks.filter((h) => h.oldLines.length > 0 || h.newLines.length > 0);
}
/** Lines with their terminators; an empty text has none. */
function splitLines(text) {
    const lines = [];
    let start = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
        lines.push(text.slice(start, i + 1));
        start = i + 1;
    }
    if (start < text.length)
        lines.push(text.slice(start));
    return lines;
}
function trim(hunk) {
    let { oldIndex } = hunk;
    const oldLines = [...hunk.oldLines];
    const newLines = [...hunk.newLines];
    while (oldLines.length > 0 && newLines.length > 0 && oldLines[0] === newLines[0]) {
        oldLines.shift();
        newLines.shift();
        oldIndex++;
    }
    while (oldLines.length > 0 &&
        newLines.length > 0 &&
        oldLines[oldLines.length - 1] === newLines[newLines.length - 1]) {
        oldLines.pop();
        newLines.pop();
    }
    return { oldIndex, oldLines, newLines, edits: hunk.edits };
}

;// CONCATENATED MODULE: ./src/fix/unified-diff.ts

const NO_NEWLINE = '\\ No newline at end of file';
/**
 * A unified diff (`git apply` and `patch -p1` read it) of the edits to one file, with
 * `context` lines around each change. Empty when the edits change nothing.
 */
function unifiedDiff(path, text, edits, context = 3) {
    const hunks = lineHunks(text, edits);
    if (hunks.length === 0)
        return '';
    const lines = splitLines(text);
    const out = [`--- a/${path}`, `+++ b/${path}`];
    let delta = 0;
    let i = 0;
    while (i < hunks.length) {
        // Hunks whose contexts would meet are printed as one.
        let j = i;
        while (j + 1 < hunks.length && hunks[j + 1].oldIndex - end(hunks[j]) <= 2 * context) {
            j++;
        }
        const from = Math.max(0, hunks[i].oldIndex - context);
        const to = Math.min(lines.length, end(hunks[j]) + context);
        const body = [];
        let oldCount = 0;
        let newCount = 0;
        let cursor = from;
        let shift = 0;
        for (let k = i; k <= j; k++) {
            const hunk = hunks[k];
            for (; cursor < hunk.oldIndex; cursor++) {
                body.push(...printed(' ', lines[cursor]));
                oldCount++;
                newCount++;
            }
            for (const line of hunk.oldLines)
                body.push(...printed('-', line));
            for (const line of hunk.newLines)
                body.push(...printed('+', line));
            oldCount += hunk.oldLines.length;
            newCount += hunk.newLines.length;
            shift += hunk.newLines.length - hunk.oldLines.length;
            cursor = end(hunk);
        }
        for (; cursor < to; cursor++) {
            body.push(...printed(' ', lines[cursor]));
            oldCount++;
            newCount++;
        }
        const oldStart = oldCount === 0 ? from : from + 1;
        const newStart = newCount === 0 ? from + delta : from + delta + 1;
        out.push(`@@ -${unified_diff_range(oldStart, oldCount)} +${unified_diff_range(newStart, newCount)} @@`, ...body);
        delta += shift;
        i = j + 1;
    }
    return `${out.join('\n')}\n`;
}
function end(hunk) {
    return hunk.oldIndex + hunk.oldLines.length;
}
function unified_diff_range(start, count) {
    return count === 1 ? `${start}` : `${start},${count}`;
}
function printed(mark, line) {
    if (line.endsWith('\n'))
        return [`${mark}${line.slice(0, -1)}`];
    return [`${mark}${line}`, NO_NEWLINE];
}

;// CONCATENATED MODULE: ./src/fix/node-paths.ts


/** Objects sit at the root or in the `items` of (nested) lists; nothing deeper. */
const node_paths_MAX_DEPTH = 8;
/**
 * Every path from the document root to `target`, following aliases, so an object that
 * is reached twice is found twice. Only as deep as Kubernetes objects can sit.
 */
function pathsOfNode(doc, target) {
    const found = [];
    node_paths_search(doc, doc.contents, target, [], 0, found);
    return found;
}
function node_paths_search(doc, node, target, path, depth, found) {
    // The shared resolver: yaml's own walks the whole document for every alias.
    const resolved = nodes_resolve(node, doc);
    if (resolved === target) {
        found.push(path);
        return;
    }
    if (depth >= node_paths_MAX_DEPTH)
        return;
    if ((0,dist/* isMap */.jh)(resolved)) {
        for (const pair of resolved.items) {
            const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key;
            if (typeof key !== 'string')
                continue;
            node_paths_search(doc, pair.value, target, [...path, key], depth + 1, found);
        }
    }
    else if ((0,dist/* isSeq */.oP)(resolved)) {
        resolved.items.forEach((item, index) => node_paths_search(doc, item, target, [...path, index], depth + 1, found));
    }
}

;// CONCATENATED MODULE: ./src/fix/tree-diff.ts
/**
 * Every place where two plain trees (the `toJS()` of a YAML document) differ, as deep as
 * the difference goes: a key added to a mapping is reported at that key, not as a change
 * of the whole mapping. Key order is not compared; a fix may add keys anywhere.
 */
function diffTrees(before, after) {
    const changes = [];
    walk(before, after, [], changes);
    return changes;
}
function walk(a, b, path, out) {
    if (Object.is(a, b))
        return;
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            out.push({ path, before: a, after: b });
            return;
        }
        a.forEach((item, index) => walk(item, b[index], [...path, index], out));
        return;
    }
    if (isRecord(a) && isRecord(b)) {
        const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
        for (const key of keys) {
            const inA = Object.prototype.hasOwnProperty.call(a, key);
            const inB = Object.prototype.hasOwnProperty.call(b, key);
            if (inA !== inB) {
                out.push({ path: [...path, key], before: a[key], after: b[key] });
            }
            else {
                walk(a[key], b[key], [...path, key], out);
            }
        }
        return;
    }
    if (a instanceof Date && b instanceof Date && a.getTime() === b.getTime())
        return;
    out.push({ path, before: a, after: b });
}
function isRecord(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return false;
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
/** `spec.containers[0].image`, the way findings name fields. */
function formatPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else
            out += out ? `.${segment}` : segment;
    }
    return out;
}
/** The reverse of {@link formatPath}, for the fields that findings carry. */
function parsePath(field) {
    const path = [];
    for (const match of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
        if (match[2] !== undefined)
            path.push(Number(match[2]));
        else
            path.push(match[1]);
    }
    return path;
}

;// CONCATENATED MODULE: ./src/fix/verify.ts





/** Reads the original file once for the comparisons that follow. */
function baselineOf(file, config) {
    const trees = treesOf(file.text);
    if (typeof trees === 'string')
        return trees;
    return {
        path: file.path,
        file,
        objects: objectsOf(file),
        trees,
        findings: findingKeys(file.path, file.text, config),
        config,
    };
}
/**
 * Checks an edited text against the original: every document still parses, the parsed
 * trees differ only in fields that the intended findings name (holding their fix's
 * value), the fixed findings are gone and no finding is new. The reason says what went
 * wrong. `intended` may be wider than `fixed`: an edit at an anchor may also fix another
 * container that uses it and needs the same value.
 */
function verifyFix(baseline, edited, fixed, intended = fixed) {
    const after = treesOf(edited);
    if (typeof after === 'string')
        return { ok: false, reason: after };
    const before = baseline.trees;
    if (after.values.length !== before.values.length) {
        return { ok: false, reason: 'the edit would change the number of YAML documents' };
    }
    for (let i = 0; i < after.values.length; i++) {
        if (before.errors[i].length === 0 && after.errors[i].length > 0) {
            return {
                ok: false,
                reason: `the edited document ${i + 1} would not parse (${after.errors[i][0]})`,
            };
        }
    }
    const expected = expectedChanges(baseline.objects, intended);
    for (let i = 0; i < after.values.length; i++) {
        for (const change of diffTrees(before.values[i], after.values[i])) {
            const problem = unexpected(change, expected.get(`${i}:${formatPath(change.path)}`));
            if (problem) {
                return {
                    ok: false,
                    reason: `${problem} at \`${formatPath(change.path)}\`${docLabel(i, after.values.length)}`,
                };
            }
        }
    }
    const remaining = findingKeys(baseline.path, edited, baseline.config);
    for (const finding of fixed) {
        if (remaining.has(verify_findingKey(finding))) {
            return { ok: false, reason: 'the finding is still there after the edit' };
        }
    }
    for (const [key, count] of remaining) {
        if (count > (baseline.findings.get(key) ?? 0)) {
            return {
                ok: false,
                reason: `the edited file would have a finding the original has not (${key.split('\u0000').join(' ')})`,
            };
        }
    }
    return { ok: true, remaining };
}
/** The identity of a finding that survives line shifts: check, object, container, field. */
function verify_findingKey(finding) {
    const object = finding.object
        ? `${finding.object.kind}/${finding.object.namespace}/${finding.object.name}`
        : '';
    return [finding.checkId, object, finding.container ?? '', finding.field ?? ''].join('\u0000');
}
function findingKeys(path, text, config) {
    const keys = new Map();
    for (const finding of runEngine({ files: [{ path, text }], config }).findings) {
        const key = verify_findingKey(finding);
        keys.set(key, (keys.get(key) ?? 0) + 1);
    }
    return keys;
}
function treesOf(text) {
    // Merge keys are expanded so that a value merged into a container is compared where
    // the container uses it, not where the anchor defines it.
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { merge: true, prettyErrors: false });
    if (!Array.isArray(docs))
        return 'the edited text is not YAML';
    try {
        return {
            values: docs.map((doc) => doc.toJS({ maxAliasCount: -1 })),
            errors: docs.map((doc) => doc.errors.map((e) => e.message.split('\n')[0])),
        };
    }
    catch (error) {
        return `the documents could not be compared (${error.message})`;
    }
}
/** Document index and path of each field the fixes are meant to change, with the value. */
function expectedChanges(objects, fixed) {
    const expected = new Map();
    for (const finding of fixed) {
        if (!finding.field || !finding.fixIntent || !finding.object)
            continue;
        const want = expectedValue(finding.fixIntent);
        const { kind, name, namespace } = finding.object;
        const matching = objects.filter((o) => o.kind === kind && o.name === name && o.namespace === namespace);
        for (const object of matching) {
            for (const root of pathsOfNode(object.document, object.node)) {
                const path = formatPath([...root, ...parsePath(finding.field)]);
                expected.set(`${object.documentIndex}:${path}`, want);
            }
        }
    }
    return expected;
}
function expectedValue(intent) {
    switch (intent.type) {
        case 'set-scalar':
        case 'add-field':
            return { present: true, value: intent.value };
    }
}
function unexpected(change, want) {
    if (!want)
        return 'the edit would also change a field no fix is meant for';
    if (!want.present) {
        return change.after === undefined ? undefined : 'the removed field would remain';
    }
    const value = change.after;
    const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
    if (scalar && String(value) === want.value)
        return undefined;
    return `the edit would write ${JSON.stringify(value)} instead of ${JSON.stringify(want.value)}`;
}
function docLabel(index, count) {
    return count > 1 ? ` in document ${index + 1}` : '';
}

;// CONCATENATED MODULE: ./src/fix/fix-files.ts





/**
 * Whether a finding's fix is to be made: its check is listed in `fix.checks`, it has a
 * fix intent, and it counts (an exempted finding was accepted as it is, and one that
 * existed before the change is not this change's to fix).
 */
function isFixable(finding, config) {
    return (finding.fixIntent !== undefined &&
        config.fix.checks.includes(finding.checkId) &&
        !finding.exemption &&
        !finding.existing);
}
/**
 * Plans, applies and verifies the fixes of an engine run, file by file. Every edit is
 * a text edit against the original text; a set of edits whose result does not verify
 * is dropped and its findings get `notFixed` with the reason.
 */
function fixFiles(run, config) {
    const result = { files: [], notFixed: [], fixedCount: 0 };
    const byFile = new Map();
    for (const finding of run.findings) {
        if (!isFixable(finding, config))
            continue;
        byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
    }
    for (const [path, findings] of byFile) {
        const file = run.parsed.get(path);
        const outcome = file
            ? fixFile(file, findings, config)
            : {
                notFixed: findings.map((finding) => ({
                    finding,
                    reason: 'the file was not parsed',
                })),
            };
        for (const entry of outcome.notFixed) {
            entry.finding.notFixed = entry.reason;
            result.notFixed.push(entry);
        }
        if (outcome.fix) {
            result.files.push(outcome.fix);
            result.fixedCount += outcome.fix.fixed.length;
        }
    }
    return result;
}
function fixFile(file, findings, config) {
    const baseline = baselineOf(file, config);
    if (typeof baseline === 'string') {
        return { notFixed: findings.map((finding) => ({ finding, reason: baseline })) };
    }
    const reasons = new Map();
    // Plan
    const groups = new Map();
    for (const finding of findings) {
        const plan = planIntent(file.text, finding.fixIntent);
        if (!plan.ok || plan.edits.length === 0) {
            reasons.set(finding, plan.ok ? 'the fix found nothing to change' : plan.reason);
            continue;
        }
        const key = JSON.stringify(plan.edits);
        const group = groups.get(key) ?? { edits: plan.edits, findings: [] };
        group.findings.push(finding);
        groups.set(key, group);
    }
    const attempt = (chosen) => check(baseline, chosen, findings);
    // Verify all together; else each alone, then as many as verify side by side
    let kept = [...groups.values()];
    let outcome = attempt(kept);
    if (!outcome.ok) {
        kept = kept.filter((group) => {
            const alone = attempt([group]);
            if (alone.ok)
                return true;
            const anchor = anchorAround(file, group.findings[0].fixIntent);
            for (const finding of group.findings)
                reasons.set(finding, explain(alone.reason, anchor));
            return false;
        });
        const together = [];
        for (const group of kept) {
            const tried = attempt([...together, group]);
            if (tried.ok) {
                together.push(group);
                // The last attempt that verified is the one for `together` as it stands.
                outcome = tried;
                continue;
            }
            for (const finding of group.findings) {
                reasons.set(finding, 'its edit collides with another fix in this file; it can be made once that one is in');
            }
        }
        kept = together;
    }
    if (kept.length === 0 || !outcome.ok) {
        return { notFixed: findings.map((finding) => notFixedEntry(finding, reasons)) };
    }
    // A finding counts as fixed when the re-check no longer has it, which includes a
    // container that shares the edited anchor and needed the same value.
    const remaining = outcome.remaining;
    const fixed = findings.filter((finding) => !remaining.has(verify_findingKey(finding)));
    const edits = normalizeEdits(kept.flatMap((group) => group.edits)) ?? [];
    const after = applyEdits(file.text, edits);
    return {
        fix: {
            path: file.path,
            before: file.text,
            after,
            edits,
            fixed,
            changes: kept,
            diff: unifiedDiff(file.path, file.text, edits),
        },
        notFixed: findings
            .filter((finding) => remaining.has(verify_findingKey(finding)))
            .map((finding) => notFixedEntry(finding, reasons)),
    };
}
function notFixedEntry(finding, reasons) {
    return { finding, reason: reasons.get(finding) ?? 'its fix did not verify' };
}
/** Applies the groups' edits and verifies the result against the original. */
function check(baseline, groups, intended) {
    const edits = normalizeEdits(groups.flatMap((group) => group.edits));
    if (!edits)
        return { ok: false, reason: 'its edit overlaps another fix in this file' };
    return verifyFix(baseline, applyEdits(baseline.file.text, edits), groups.flatMap((group) => group.findings), intended);
}
function explain(reason, anchor) {
    if (!anchor)
        return `the fix was dropped because ${reason}`;
    return `the container's fields come from the YAML anchor \`&${anchor}\`, which is also used where this fix is not wanted (${reason}); set the field on each container that uses the anchor`;
}

;// CONCATENATED MODULE: ./src/fix/cli-fix.ts





/**
 * `--fix`: writes the fixes into the files and returns the engine run over the written
 * text, so the report shows what is left. `--fix --dry-run`: prints the fixes as one
 * unified diff on stdout (for `git apply`) and writes nothing.
 */
function runCliFix(options) {
    const { cwd, config, stderr } = options;
    const result = fixFiles(options.run, config);
    for (const { finding, reason } of result.notFixed) {
        stderr(`${finding.file}:${finding.range.line}: not fixed (${finding.checkId}): ${reason}.\n`);
    }
    if (options.dryRun) {
        for (const file of result.files)
            options.stdout(file.diff);
        stderr(`Dry run: ${plural(result.fixedCount, 'finding')} in ${plural(result.files.length, 'file')} would be fixed; nothing was written.\n`);
        return { result };
    }
    const written = new Map();
    for (const file of result.files) {
        const full = (0,external_node_path_namespaceObject.resolve)(cwd, file.path);
        // A file that changed since it was read, or whose bytes are not valid UTF-8 (which
        // reading replaced), would lose bytes if written back.
        if (!(0,external_node_fs_namespaceObject.readFileSync)(full).equals(Buffer.from(file.before, 'utf8'))) {
            stderr(`${file.path}: not fixed: it changed while being checked or is not valid UTF-8, so writing it could lose bytes.\n`);
            continue;
        }
        (0,external_node_fs_namespaceObject.writeFileSync)(full, file.after, 'utf8');
        written.set(file.path, file.after);
    }
    const fixedCount = result.files
        .filter((file) => written.has(file.path))
        .reduce((sum, file) => sum + file.fixed.length, 0);
    stderr(`Fixed ${plural(fixedCount, 'finding')} in ${plural(written.size, 'file')}.\n`);
    if (written.size === 0)
        return { result };
    const sources = options.sources.map((source) => ({
        path: source.path,
        text: written.get(source.path) ?? source.text,
    }));
    return { result, recheck: runEngine({ files: sources, config }) };
}

;// CONCATENATED MODULE: ./src/report/json-pieces.ts
/**
 * The text `JSON.stringify(frameOf(items), null, 2)` makes, written `perPiece` items at a
 * time: a report of a hundred thousand findings is then never held whole, as objects
 * and again as one string. `frameOf` builds the report around the array it is given,
 * which stands for the items.
 */
function* prettyJsonPieces(frameOf, items, toJson, perPiece = 1000) {
    const text = JSON.stringify(frameOf([SLOT]), null, 2);
    const placeholder = JSON.stringify(SLOT);
    const at = text.indexOf(placeholder);
    const after = at + placeholder.length;
    if (at === -1 || text.includes(placeholder, after)) {
        throw new Error('prettyJsonPieces: the frame must hold the items array exactly once');
    }
    if (items.length === 0) {
        // An empty array is written `[]`, on the line of its key.
        yield (text.slice(0, text.lastIndexOf('[', at) + 1) + text.slice(text.indexOf(']', after)));
        return;
    }
    const lineStart = text.lastIndexOf('\n', at) + 1;
    yield text.slice(0, lineStart);
    // A batch is stringified as an array of its own, whose items sit two spaces in; they
    // are moved to the slot's depth. JSON strings hold no raw line breaks, so every line
    // break in the text starts a line of structure.
    const shift = ' '.repeat(at - lineStart - 2);
    for (let start = 0; start < items.length; start += perPiece) {
        const batch = JSON.stringify(items.slice(start, start + perPiece).map(toJson), null, 2);
        const inner = batch.slice(2, -2);
        const moved = shift ? shift + inner.replaceAll('\n', `\n${shift}`) : inner;
        yield start + perPiece >= items.length ? moved : `${moved},\n`;
    }
    yield text.slice(after);
}
/**
 * Stands for the items while the frame is written. A frame holds paths, reasons and
 * arguments, none of which can hold NUL; findings, which can, are never in the frame.
 */
const SLOT = '\u0000items\u0000';

;// CONCATENATED MODULE: ./src/report/sarif.ts



const LEVEL = {
    error: 'error',
    warning: 'warning',
    notice: 'note',
};
const ENGINE_RULES = [
    {
        id: 'yaml-syntax',
        name: 'YamlSyntax',
        shortDescription: { text: 'The manifest must be valid YAML' },
        fullDescription: {
            text: 'A document that does not parse cannot be applied, and its objects cannot be checked.',
        },
        help: { text: 'Correct the YAML at the reported position.' },
        defaultConfiguration: { level: 'error' },
    },
];
/**
 * GitHub code scanning rejects a SARIF run with more results than this (and shows only
 * the 5,000 most severe of those it takes).
 */
const SARIF_MAX_RESULTS = 25_000;
/**
 * What to tell the user when a log holds only part of the findings, or undefined when
 * it holds them all.
 */
function sarifLeftOutMessage(findingCount, maxResults = SARIF_MAX_RESULTS) {
    if (findingCount <= maxResults)
        return undefined;
    return (`The SARIF report holds the ${maxResults.toLocaleString('en-US')} most severe of ` +
        `${findingCount.toLocaleString('en-US')} findings: GitHub code scanning rejects a ` +
        `run with more results. To see the rest in code scanning, check fewer files ` +
        `(paths, exclude) or turn off checks in the config.`);
}
/** A SARIF 2.1.0 log whose rule ids are the check ids and whose regions are exact. */
function buildSarif(findings, version, maxResults = SARIF_MAX_RESULTS) {
    const rules = sarifRules();
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    return sarifLog(rules, version, mostSevere(findings, maxResults).map((f) => sarifResult(f, ruleIndex)), sarifLeftOutMessage(findings.length, maxResults));
}
/**
 * The text of `buildSarif`'s log as `JSON.stringify(log, null, 2)` writes it, with a
 * final newline, in pieces of about a megabyte (a thousand results).
 */
function* sarifText(allFindings, version, maxResults = SARIF_MAX_RESULTS) {
    const rules = sarifRules();
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const leftOut = sarifLeftOutMessage(allFindings.length, maxResults);
    const findings = mostSevere(allFindings, maxResults);
    yield* prettyJsonPieces((results) => sarifLog(rules, version, results, leftOut), findings, (finding) => sarifResult(finding, ruleIndex));
    yield '\n';
}
/**
 * At most `maxResults` findings, in their order: new findings before existing ones (with
 * a baseline), exempted ones last, and errors before warnings before notices within each
 * group, the earlier first.
 */
function mostSevere(findings, maxResults) {
    if (findings.length <= maxResults)
        return findings;
    const perRank = new Array(RANKS).fill(0);
    for (const finding of findings)
        perRank[rankOf(finding)]++;
    let room = maxResults;
    const taken = perRank.map((count) => {
        const take = Math.min(count, room);
        room -= take;
        return take;
    });
    return findings.filter((finding) => {
        const rank = rankOf(finding);
        if (taken[rank] === 0)
            return false;
        taken[rank]--;
        return true;
    });
}
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
const RANKS = 9;
function rankOf(finding) {
    const group = finding.exemption ? 2 : finding.existing ? 1 : 0;
    return group * 3 + SEVERITY_RANK[finding.severity];
}
function sarifRules() {
    return [
        ...ENGINE_RULES,
        ...CHECKS.map((check) => ({
            id: check.id,
            name: check.id.replace(/(^|-)(\w)/g, (_, _dash, c) => c.toUpperCase()),
            shortDescription: { text: check.title },
            fullDescription: { text: check.why },
            help: {
                text: check.howToFix,
                markdown: `${check.why}\n\n**Fix:** ${check.howToFix}`,
            },
            defaultConfiguration: { level: LEVEL[check.severity] },
            properties: { tags: ['kubernetes', 'security'] },
        })),
    ];
}
function sarifResult(f, ruleIndex) {
    return {
        ruleId: f.checkId,
        ruleIndex: ruleIndex.get(f.checkId),
        level: LEVEL[f.severity],
        message: { text: `${f.message} ${f.fix}` },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: pathUri(f.file), uriBaseId: '%SRCROOT%' },
                    region: {
                        startLine: f.range.line,
                        startColumn: f.range.column,
                        endLine: f.range.endLine,
                        endColumn: f.range.endColumn,
                    },
                },
            },
        ],
        partialFingerprints: { 'podspecCheck/v1': findingKey(f) },
        ...(f.exemption
            ? {
                suppressions: [
                    { kind: 'external', status: 'accepted', justification: f.exemption },
                ],
            }
            : {}),
        ...(f.existing ? { baselineState: 'unchanged' } : {}),
    };
}
/** A relative path as a URI reference: `#` and `?` in a name would start a fragment or query. */
function pathUri(path) {
    return encodeURI(path).replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
}
function sarifLog(rules, version, results, leftOut) {
    return {
        version: '2.1.0',
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'podspec-check',
                        version,
                        informationUri: 'https://github.com/podspec-check/podspec-check',
                        rules,
                    },
                },
                originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///' } },
                ...(leftOut
                    ? {
                        invocations: [
                            {
                                executionSuccessful: true,
                                toolExecutionNotifications: [
                                    { level: 'warning', message: { text: leftOut } },
                                ],
                            },
                        ],
                    }
                    : {}),
                results,
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/util/printable.ts
/**
 * Control characters written as escapes (`\n`, `\x1b`). A name from a manifest must not
 * start a new line, which in a GitHub Actions log (core.info writes text as it is) could
 * read as a workflow command (`::error ...`), nor move the cursor or clear a terminal.
 */
function printable(text) {
    return text.replace(CONTROL, (character) => {
        const named = NAMED_ESCAPES[character];
        return named ?? `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`;
    });
}
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const NAMED_ESCAPES = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

;// CONCATENATED MODULE: ./src/report/text.ts


/**
 * `file:line:col severity check-id message`, one finding a line, for terminals and CI
 * logs, sorted by file and line; a thousand lines a piece. Text from the manifests is
 * made printable first (see printable).
 */
function* textLines(findings) {
    const sorted = [...findings].sort(compareFindings);
    for (let start = 0; start < sorted.length; start += LINES_PER_PIECE) {
        const lines = sorted.slice(start, start + LINES_PER_PIECE).map(textLine);
        yield `${lines.join('\n')}\n`;
    }
}
const LINES_PER_PIECE = 1000;
function textLine(f) {
    const status = f.exemption
        ? ` (exempted: ${f.exemption})`
        : f.existing
            ? ' (existing)'
            : '';
    return printable(`${f.file}:${f.range.line}:${f.range.column} ${f.severity} ${f.checkId} ${f.message} ${f.fix}${status}`);
}

;// CONCATENATED MODULE: ./src/version.ts
/** The release version; a unit test keeps it equal to package.json's. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/args.ts


const USAGE = `Usage: podspec-check [options] [paths...]

Checks the pod specs of Kubernetes manifests (files or folders; default: .).

Options:
  --format <text|json|sarif>   output format (default: text)
  --fail-on <error|warning|notice|never>
                               lowest severity that makes the exit code 1 (default: error)
  --config <file>              configuration file (default: .github/podspec-check.yaml if present)
  --exclude <glob>             leave matching files out (repeatable)
  --fix                        apply the configured fixes to the files in place
  --dry-run                    with --fix: print the fixes as a unified diff instead
  --base <git-ref>             report only findings that are new since this git revision
  --version                    print the version
  --help                       print this help

Exit codes: 0 no finding reaches --fail-on, 1 some do, 2 bad usage or configuration.`;
const FORMATS = ['text', 'json', 'sarif'];
const FAIL_ON = ['error', 'warning', 'notice', 'never'];
function parseCliArgs(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                format: { type: 'string', default: 'text' },
                'fail-on': { type: 'string', default: 'error' },
                config: { type: 'string' },
                exclude: { type: 'string', multiple: true, default: [] },
                fix: { type: 'boolean', default: false },
                'dry-run': { type: 'boolean', default: false },
                base: { type: 'string' },
                help: { type: 'boolean', short: 'h', default: false },
                version: { type: 'boolean', short: 'v', default: false },
            },
        });
    }
    catch (error) {
        throw new errors/* UserError */.y(`${error.message}\n\n${USAGE}`);
    }
    const { values, positionals } = parsed;
    const format = values.format;
    if (!FORMATS.includes(format)) {
        throw new errors/* UserError */.y(`--format is "${format}"; use one of: ${FORMATS.join(', ')}.`);
    }
    const failOn = values['fail-on'];
    if (!FAIL_ON.includes(failOn)) {
        throw new errors/* UserError */.y(`--fail-on is "${failOn}"; use one of: ${FAIL_ON.join(', ')}.`);
    }
    if (values['dry-run'] && !values.fix) {
        throw new errors/* UserError */.y('--dry-run goes with --fix.');
    }
    return {
        paths: positionals.length > 0 ? positionals : ['.'],
        format,
        failOn,
        config: values.config,
        exclude: values.exclude ?? [],
        fix: values.fix ?? false,
        dryRun: values['dry-run'] ?? false,
        base: values.base,
        help: values.help ?? false,
        version: values.version ?? false,
    };
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts

















/** Runs the CLI and returns its exit code: 0 clean, 1 findings reach --fail-on, 2 usage. */
async function runCli(argv, io) {
    const options = parseCliArgs(argv);
    if (options.help) {
        io.stdout(`${USAGE}\n`);
        return 0;
    }
    if (options.version) {
        io.stdout(`${VERSION}\n`);
        return 0;
    }
    const configPath = (0,external_node_path_namespaceObject.resolve)(io.cwd, options.config ?? '.github/podspec-check.yaml');
    const config = loadConfig(configPath, options.config !== undefined);
    const { files, skipped, missing } = expandPaths(io.cwd, options.paths, [
        ...options.exclude,
        ...config.exclude,
    ]);
    if (missing.length > 0) {
        throw new errors/* UserError */.y(`No such file or folder: ${missing.join(', ')}`);
    }
    const sources = [];
    const unreadable = [];
    for (const path of files) {
        const full = (0,external_node_path_namespaceObject.resolve)(io.cwd, path);
        const size = (0,external_node_fs_namespaceObject.lstatSync)(full).size;
        if (size > config.limits.maxFileBytes) {
            unreadable.push({ path, reason: limits_tooLargeReason(config.limits.maxFileBytes) });
            continue;
        }
        sources.push({ path, text: (0,external_node_fs_namespaceObject.readFileSync)(full, 'utf8') });
    }
    // Related objects may sit outside the given paths: read the working folder for them,
    // only when a check that looks them up is enabled.
    const contextFiles = () => relatedContextFiles(io.cwd, [...options.exclude, ...config.exclude], config.limits.maxFileBytes, options.paths, new Set(sources.map((source) => source.path)));
    let result = runEngine({ files: sources, config, contextFiles });
    if (options.fix) {
        if (options.dryRun && options.format !== 'text') {
            throw new errors/* UserError */.y('--fix --dry-run prints a diff; use it with --format text.');
        }
        const fix = runCliFix({
            ...io,
            sources,
            run: result,
            config,
            dryRun: options.dryRun,
        });
        // The diff alone goes to stdout, so that it can be piped into `git apply`.
        if (options.dryRun)
            return fails(result.findings, options.failOn) ? 1 : 0;
        result = fix.recheck ?? result;
    }
    const allSkipped = [...skipped, ...unreadable, ...result.skipped];
    const findings = result.findings;
    // --base: findings the revision had already are marked existing and do not count
    const comparison = options.base
        ? compareWithRevision({ cwd: io.cwd, rev: options.base, sources, findings, config })
        : undefined;
    // Every format is written piece by piece, each piece written before the next is
    // made: a pipe that reads slower than the report is made would otherwise queue all
    // of it in memory.
    if (options.format === 'json') {
        const frameOf = (items) => ({
            version: VERSION,
            counts: countFindings(findings),
            filesChecked: result.filesChecked,
            containersChecked: result.containersChecked,
            skipped: allSkipped,
            ...(comparison && {
                base: {
                    ref: options.base,
                    sha: comparison.sha,
                    new: comparison.introduced,
                    existing: comparison.existing,
                    fixed: comparison.fixed.length,
                },
            }),
            findings: items,
        });
        const withoutFixIntent = ({ fixIntent: _fixIntent, ...rest }) => rest;
        for (const piece of prettyJsonPieces(frameOf, findings, withoutFixIntent)) {
            await io.stdout(piece);
        }
        await io.stdout('\n');
    }
    else if (options.format === 'sarif') {
        for (const piece of sarifText(findings, VERSION))
            await io.stdout(piece);
        const leftOut = sarifLeftOutMessage(findings.length);
        if (leftOut)
            io.stderr(`${leftOut} --format json lists every finding.\n`);
    }
    else {
        for (const piece of textLines(findings))
            await io.stdout(piece);
        for (const skip of allSkipped)
            io.stderr(`${printable(`${skip.path}: not checked: ${skip.reason}`)}\n`);
        const counts = countFindings(findings);
        io.stderr(`${plural(result.filesChecked, 'file')}, ${plural(result.containersChecked, 'container')} checked: ${counts.errors} errors, ${counts.warnings} warnings, ${counts.notices} notices${counts.exempted ? `, ${counts.exempted} exempted` : ''}.\n`);
        if (comparison) {
            io.stderr(`Since ${options.base} (${comparison.sha.slice(0, 7)}): ${comparison.introduced} new, ${comparison.existing} existing (not counted), ${comparison.fixed.length} fixed.\n`);
        }
    }
    return fails(findings, options.failOn) ? 1 : 0;
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export errorMessage */
/**
 * An error the user can act on (bad input, bad configuration, missing permission). Its
 * message is shown as is, without a stack trace.
 */
class UserError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UserError';
    }
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
exports.yo = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
exports.P3 = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
exports.Ll = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
exports.Rm = Pair.Pair;
exports.X5 = Scalar.Scalar;
exports.CA = YAMLMap.YAMLMap;
exports.Rw = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
exports.iX = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
