"""The oracle cases: templates x objects, each run through the real `kubectl get`.

A case is a dict: ns (fixture namespace), name (set for `get pod NAME`, else `get pods`),
output (the -o value; None for kubectl's default table), and optionally template (--template), sortBy, noHeaders,
allowMissing (False adds --allow-missing-template-keys=false), files ({path: contents}).
"""

FILE_DIR = "/tmp/shipyard-kubectl-printers"

# Templates run on the `pods` list (get pods) -------------------------------------------------
LIST_TEMPLATES = [
    "{.items[*].metadata.name}",
    "{.items[0].metadata.name}",
    "{.items[-1].metadata.name}",
    "{.items[-1:].metadata.name}",
    "{.items[1:3].metadata.name}",
    "{.items[0:3:2].metadata.name}",
    "{.items[::2].metadata.name}",
    "{.items[:2].metadata.name}",
    "{.items[1:].metadata.name}",
    "{.items[]}",
    "{.items[1:1]}",
    "{.items[0,2].metadata.name}",
    "{.items[0, 2].metadata.name}",
    "{.items[*]['metadata.name']}",
    "{.items[*].metadata['name']}",
    "{.items[*].metadata.labels['app']}",
    "{.items[*].metadata.labels['app.kubernetes.io/name']}",
    "{.items[*].metadata.labels['app\\.kubernetes\\.io/name']}",
    "{.items[*].metadata.labels.app\\.kubernetes\\.io/name}",
    "{.items[*].spec.containers[*].image}",
    "{.items[*].spec.containers[*].ports[*].containerPort}",
    "{.items[*].status.containerStatuses[0].restartCount}",
    "{.items[*].status.containerStatuses[*].ready}",
    "{.items[0].spec.containers[0].resources}",
    "{.items[0].spec.containers}",
    "{.items[0].metadata.labels}",
    "{.items[2].metadata.labels}",
    "{.items[0].spec.containers[1].args}",
    "{.kind}",
    "{.apiVersion}",
    "{.metadata}",
    "{.metadata.resourceVersion}",
    "{..name}",
    "{..image}",
    "{.items[*]..containerPort}",
    "{.items[0]..restartCount}",
    "{.items[?(@.status.phase==\"Running\")].metadata.name}",
    "{.items[?(@.status.phase=='Pending')].metadata.name}",
    "{.items[?(@.status.phase!=\"Running\")].metadata.name}",
    "{.items[?(@.spec.nodeName)].metadata.name}",
    "{.items[?(@.metadata.labels.app)].metadata.name}",
    "{.items[?(@.metadata.labels.app==\"web\")].spec.containers[*].name}",
    "{.items[*].status.containerStatuses[?(@.restartCount>0)].name}",
    "{.items[*].status.containerStatuses[?(@.restartCount>=0)].name}",
    "{.items[*].status.containerStatuses[?(@.restartCount<3)].name}",
    "{.items[*].status.containerStatuses[?(@.restartCount<=3)].name}",
    "{.items[*].status.containerStatuses[?(@.restartCount == 3)].name}",
    "{.items[*].status.containerStatuses[?(@.ready==true)].name}",
    "{.items[*].status.containerStatuses[?(@.ready==false)].name}",
    "{.items[*].status.conditions[?(@.type==\"Ready\")].status}",
    "{.items[*].spec.containers[?(@.name==\"nginx\")].image}",
    "{.items[*].status.containerStatuses[?(@.restartCount>1.5)].name}",
    "{.items[*].status.containerStatuses[?(@.ready>true)].name}",
    "{.items[*].status.containerStatuses[?(@.name>\"n\")].name}",
    "{.items[*].status.containerStatuses[?(@.name=~\"n\")].name}",
    "{.items[?(@.spec.containers[5])].metadata.name}",
    "{.items[?(@.metadata.name==@.metadata.name)].metadata.name}",
    "{.items[?(@.spec.containers[*].name==\"nginx\")].metadata.name}",
    "{.items[?(@.metadata)].metadata.name}",
    "{range .items[*]}{.metadata.name}{\"\\n\"}{end}",
    "{range .items[*]}{.metadata.name}{\"\\t\"}{.status.phase}{\"\\n\"}{end}",
    "{range .items[*]}[{.metadata.name}]{end}",
    "{range .items[*]}{.metadata.name}: {range .spec.containers[*]}{.name}={.image} {end}{\"\\n\"}{end}",
    "{range .items[*]}{.metadata.name}",
    "{range .items[*]}{.metadata.name}{end}{end}",
    "{end}",
    "{range .items[5:5]}{.metadata.name}{end}done",
    "{range .items[*].status.containerStatuses[*]}{.name}:{.restartCount} {end}",
    "{range .items[*]}{@.metadata.name} {end}",
    "{range .items[*]}{$.kind} {end}",
    "{range .items[*]}{.metadata.name}{\"\\n\"}{end}{range .items[*]}{.status.phase}{\"\\n\"}{end}",
    "{range .items[*]}{range .spec.containers[*]}{.name}{\",\"}{end}{end}",
    "{range .items[*]}a{end}{range .items[*]}b",
    "names: {.items[*].metadata.name}\\n",
    "{.items[*].metadata.name}\n",
    "{.items[*].metadata.name}\\t{.kind}",
    "plain text only",
    "",
    "{}",
    "{@}",
    "{$}",
    "{.}",
    "{..}",
    "{\"literal\"}",
    "{'single'}",
    "{\"a\\tb\\nc\\\\d\\u00e9\\x41\"}",
    "{\"}\"}",
    "{.items[*].metadata.name}{\"\\n\"}{.items[*].status.phase}",
    "{.items[0].metadata.name} {.items[1].metadata.name}",
    "{.items[*].metadata.name} and more {.kind} text",
    "{.items[0].metadata.name}{.nope}{.items[1].metadata.name}",
    "{.nope}",
    "{.items[*].nope}",
    "{.items[0].metadata.labels.nope}",
    "{.items[5]}",
    "{.items[-5]}",
    "{.items[1:10]}",
    "{.items[2:1]}",
    "{.items[::0]}",
    "{.items[::-1]}",
    "{.items[0].metadata.name[0]}",
    "{.items[0].metadata[0]}",
    "{.kind[?(@.x)]}",
    "{.items[0].metadata.name.*}",
    "{.items[0].metadata.labels.*}",
    "{.items[1].metadata.labels.*}",
    "{.items[0].spec.containers[0].ports[*].*}",
    "{.items[0].status.conditions[*].*}",
    "{.items[*].metadata.uid}",
    "{range .items[*]}{.metadata.name}{\"=\"}{.spec.containers[0].resources.requests.cpu}{\" \"}{end}",
    "{foo}",
    "{range}",
    "{true}",
    "{false}",
    "{5}",
    "{-3}",
    "{1.5}",
    "{2.}",
    "{99999999999999999999}",
    "{.items[0].metadata.name 7}",
    "{.items[*].spec.containers[0].name,.kind}",
    "{.items[0]['metadata']['name']}",
    "{.items[0].metadata['labels', 'name']}",
    "{.items[0].metadata['name','uid']}",
    "{.items[?(@.metadata.name>'d')].metadata.name}",
    "{.items[*].spec.containers[0]['name', 'image']}",
    "{.items[0:1,2].metadata.name}",
    "{.items[?(@.metadata.name==\"db-0\")].spec.containers[0].image}",
    "{.items[?( @.metadata.name == 'db-0' )].metadata.uid}",
    "{.items[?(@.metadata.name==\"a)b\")].metadata.uid}",
    "{.items[?(@.metadata.name=='x\\'y')].metadata.uid}",
    "{.items[?(@.status.containerStatuses[0].restartCount==-1)].metadata.name}",
    "{.items[?(@.status.containerStatuses[0].restartCount>-1)].metadata.name}",
    "{.items[?(@.status.containerStatuses[0].restartCount>+1)].metadata.name}",
    "{.items[?(@.metadata.labels.app!=@.metadata.name)].metadata.name}",
    "{.items[?(@.spec.containers[0].resources.requests.cpu=='1')].metadata.name}",
    "{.items[?(@..restartCount)].metadata.name}",
    "{.items[?(@.status.containerStatuses[?(@.ready==false)])].metadata.name}",
    "{.items[*].metadata.name}→{.kind}",
    "{.items[0].spec.containers[0].ports[?(@.containerPort==80)].protocol}",
    "{range .items[*]}{range .status.conditions[?(@.status==\"True\")]}{.type} {end}|{end}",
    "{range .items[?(@.status.phase==\"Running\")]}{.metadata.name}{\"\\n\"}{end}",
    "{range .items[*]}{.metadata.name}{'\\t'}{.spec.nodeName}{'\\n'}{end}",
    "{.items[*].metadata.name}{\"\\n\"}",
    "{range .items[*]}{.spec.containers[*].resources.requests.cpu}{\"\\n\"}{end}",
    "{.items[*].spec.containers[*].resources.limits}",
    "{.items[0].metadata.annotations.team}",
    "{..ready}",
    "{..status.phase}",
    "{.items[*]..phase}",
]

# Templates that do not parse ------------------------------------------------------------------
PARSE_ERRORS = [
    "{.items[}",
    "{.items[*}",
    "{.items",
    "{",
    "{.a\n}",
    "{.a\r}",
    "{#}",
    "{.a(}",
    "{\t}",
    "{..*}",
    "{....a}",
    "{.items[?(@.a==\"x\")}",
    "{.items[?(@.a==\"x\"]}",
    "{.items[?(@.a]}",
    "{.items[?(@.a==)]}",
    "{.items[?(@.a=)]}",
    "{.items[?(==1)]}",
    "{.items[a]}",
    "{.items[1:2:3:4]}",
    "{.items[ 1 ]}",
    "{.items[-]}",
    "{.items[99999999999999999999]}",
    "{.items[1,]}",
    "{.items[1,a]}",
    "{\"abc}",
    "{'abc}",
    "{\"\\q\"}",
    "{'a\"b'}",
    "{\"a\\\"b\"}",
    "{1.2.3}",
    "{-}",
    "{+}",
    "{.a}{",
    "{.a}}",
    "{{.a}}",
    "{.items[*].metadata.name}{range .items[*]}{.x",
    "{٣}",
    "{é}",
    "{.a[?(@.b==\"x\")].c[}",
    "{.a['b}",
    "{.a[0,[}",
    "{=}",
    "{\u00a0}",
    "{\U0001F600}",
]

# Templates on a single object (get pod NAME) ------------------------------------------------
SINGLE_TEMPLATES = [
    "{.metadata.name}",
    "{.kind}/{.metadata.name}",
    "{.spec.containers[*].name}",
    "{.items[*].metadata.name}",
    "{.status}",
    "{.metadata.labels}",
    "{.metadata}",
    "{range .spec.containers[*]}{.name}{\"\\n\"}{end}",
    "{.status.containerStatuses[?(@.ready==true)].name}",
    "{..restartCount}",
    "{.spec.containers[3]}",
    "{.spec.containers[0].ports[0].containerPort}",
    "{@}",
    "{.metadata.labels.app}",
    "{.nope.deeper}",
]

TYPE_TEMPLATES = [
    "{.items[0].status}",
    "{.items[0].status.int} {.items[0].status.negative} {.items[0].status.zero}",
    "{.items[0].status.bigInt} {.items[0].status.huge}",
    "{.items[0].status.float} {.items[0].status.wholeFloat} {.items[0].status.million}",
    "{.items[0].status.millionInt} {.items[0].status.tiny} {.items[0].status.small}",
    "{.items[0].status.big} {.items[0].status.sci} {.items[0].status.negZero} {.items[0].status.ratio}",
    "{.items[0].status.t} {.items[0].status.f} {.items[0].status.nothing}",
    "[{.items[0].status.emptyString}] {.items[0].status.emptyMap} {.items[0].status.emptyList}",
    "{.items[0].status.nested}",
    "{.items[0].status.nested[1][1][0]}",
    "{.items[0].status.nested[*][*]}",
    "{.items[0].status.html}",
    "{.items[0].status.quote}",
    "{.items[0].status.newline}",
    "{.items[0].status.tab}",
    "{.items[0].status.unicode}",
    "{.items[0].status.control}",
    "{.items[0].status['dotted.key']}",
    "{.items[0].status.dotted\\.key}",
    "{.items[0].status['with space']}",
    "{.items[0].status.list}",
    "{.items[0].status.list[*]}",
    "{.items[0].status.nulls}",
    "{.items[0].status.nulls[*]}",
    "{.items[0].status.nulls[0]}",
    "{range .items[0].status.nulls[*]}[{@}]{end}",
    "{range .items[0].status.list[*]}<{@}>{end}",
    "{.items[0].status.strings[1:4]}",
    "{.items[0].status.strings[-2:]}",
    "{.items[0].status.strings[-9:]}",
    "{.items[0].status.strings[0:9]}",
    "{.items[0].status.list[?(@==3)]}",
    "{.items[0].status.list[?(@=='x')]}",
    "{.items[0].status.list[?(@.k)]}",
    "{.items[0].status.strings[?(@>'b')]}",
    "{.items[0].status.unicode.*}",
    "{.items[0].status[*]}",
    "{.items[0].metadata.labels[*]}",
    "{.items[0].status.emptyMap.x}",
    "{.items[0].status.nothing.x}",
    "{.items[0].status.nothing[0]}",
    "{.items[0].status.int[0]}",
    "{.items[0].status.float[0]}",
    "{.items[0].status.t[0]}",
    "{.items[0].status.emptyString[0]}",
    "{.items[0].status.emptyList[0]}",
    "{.items[0].status.emptyList[-1]}",
    "{.items[0].status.emptyList[0:0]}",
    "{.items[0].status.nothing[?(@.x)]}",
    "{.items[0].status.emptyMap[?(@.x)]}",
    "{.items[0].status[?(@.x)]}",
    "{.items[0].status.list[?(@.k=='v')]}",
    "{.items[0].status.nested[?(@[0]==1)]}",
    "{.items[0].status.with\\ space}",
    "{.items[0].status.list[?(@.k=='v')].k}",
    "{.items[0].status.list[-1].k}",
    "{.items[0].status.float} {.items[0].status.huge}",
]

AS_JSON_TEMPLATES = [
    "{.items[*].metadata.name}",
    "{.items[0].metadata}",
    "{.nope}",
    "{.kind}",
    "{range .items[*]}{.metadata.name}{\"\\n\"}{end}",
    "text {.kind} more",
    "{.items[0].spec.containers[0].ports}",
    "{..containerPort}",
    "{.items[5]}",
    "",
]

NO_MISSING_TEMPLATES = [
    "{.items[*].metadata.name}",
    "{.nope}",
    "{.items[*].spec.nodeName}",
    "{.items[*].metadata.labels.app}",
    "{.items[?(@.spec.nodeName)].metadata.name}",
    "{range .items[*]}{.spec.nodeName}{\"\\n\"}{end}",
    "{.items[*].status.containerStatuses[*].name}",
]

COLUMN_SPECS = [
    ("pods", "NAME:.metadata.name,IMAGES:.spec.containers[*].image"),
    ("pods", "NAME:metadata.name,NODE:{.spec.nodeName},PHASE:{status.phase}"),
    ("pods", "NAME:.metadata.name,LABELS:.metadata.labels"),
    ("pods", "NAME:.metadata.name,PORTS:.spec.containers[*].ports[*].containerPort"),
    ("pods", "NAME:.metadata.name,RESTARTS:.status.containerStatuses[*].restartCount,READY:.status.containerStatuses[*].ready"),
    ("pods", "NAME:.metadata.name,REQ:.spec.containers[0].resources.requests"),
    ("pods", "NAME:.metadata.name,CONTAINERS:.spec.containers"),
    ("pods", "NAME:.metadata.name,ARGS:.spec.containers[1].args"),
    ("pods", "NAME:.metadata.name,READYNAMES:.status.containerStatuses[?(@.ready==true)].name"),
    ("pods", "N:.metadata.name"),
    ("pods", "A_VERY_LONG_HEADER_NAME:.metadata.name,X:.kind"),
    ("pods", "NAME:.metadata.name,EMPTY:"),
    ("pods", "NAME:.metadata.name,ALL:.."),
    ("pods", "NAME:.metadata.name,DOT:."),
    ("pods", "NAME:.metadata.name,NAMES:..name"),
    ("pods", ":.metadata.name,:.kind"),
    ("pods", "NAME:.metadata.name,NAME:.metadata.name"),
    ("pods", "NAME:.metadata.name,C:.spec.containers[1].name"),
    ("pods", "NAME:.metadata.name,LAST:.spec.containers[-1].name"),
    ("pods", "NAME:.metadata.name,APP:.metadata.labels['app']"),
    ("pods", "NAME:.metadata.name,APPNAME:.metadata.labels.app\\.kubernetes\\.io/name"),
    ("pods", "NAME:.metadata.name,K:.metadata.labels.*"),
    ("pods", "NAME:.metadata.name,B:.items[0]"),
    ("types", "NAME:.metadata.name,S:.status"),
    ("types", "I:.status.int,F:.status.float,W:.status.wholeFloat,M:.status.million,T:.status.tiny,B:.status.big"),
    ("types", "N:.status.nothing,E:.status.emptyString,EM:.status.emptyMap,EL:.status.emptyList,NE:.status.nested"),
    ("types", "L:.status.list,NU:.status.nulls,H:.status.html,U:.status.unicode"),
    ("types", "Q:.status.quote,C:.status.control,T:.status.t"),
    ("types", "NL:.status.newline,X:.metadata.name"),
    ("types", "TAB:.status.tab,X:.metadata.name"),
    ("types", "BYTES:.metadata.name.*"),
    ("weird", "NAME:.metadata.name,PHASE:.status.phase,MSG:.status.message"),
    ("weird", "NAME:.metadata.name,NOTE:.metadata.labels.note,ESC:.metadata.labels.esc"),
    ("weird", "NAME:.metadata.name,CR:.status.cr"),
    ("weird", "名前:.metadata.name,P:.status.phase"),
    ("nulls", "NAME:.metadata.name,ITEMS:.spec.items,C:.spec.containers"),
    ("empty", "NAME:.metadata.name"),
    ("one", "NAME:.metadata.name,IMAGE:.spec.containers[0].image"),
    ("pods", "MY NAME:.metadata.name,PORT NUMBERS:.spec.containers[*].ports[*].containerPort"),
    ("pods", "NAME:.metadata.name,STATE:.status.containerStatuses[*].state"),
    ("pods", "NAME:.metadata.name,COND:.status.conditions[?(@.type=='Ready')].status"),
    ("pods", "NAME:{.metadata.name},NODE:{spec.nodeName}"),
    ("pods", "NAME:.metadata.name,X:.metadata.labels.app:x"),
    ("types", "B:.status.bigInt,H:.status.huge,N:.status.negative,Z:.status.negZero,R:.status.ratio,S:.status.small"),
]

COLUMN_ERRORS = [
    ("pods", ""),
    ("pods", "NAME"),
    ("pods", "NAME:.metadata.name,IMAGE"),
    ("pods", "NAME:{.a}{.b}"),
    ("pods", "NAME:.metadata.name,X:.spec.containers[3].name"),
    ("pods", "NAME:.metadata.name,X:.items["),
    ("pods", "NAME:.metadata.name,X:.spec.containers[?(@.x>1.5)]"),
    ("pods", "NAME:.metadata.name,"),
    ("pods", "NAME:.metadata.name,X:{.a"),
    ("pods", "NAME:.metadata.name,X:.status.containerStatuses[1].name"),
]

SORT_FIELDS = [
    ("pods", ".metadata.name"),
    ("pods", ".metadata.creationTimestamp"),
    ("pods", "{.metadata.creationTimestamp}"),
    ("pods", "metadata.uid"),
    ("pods", "{status.phase}"),
    ("pods", ".spec.nodeName"),
    ("pods", ".status.containerStatuses[0].restartCount"),
    ("pods", ".spec.containers[0].resources.requests.cpu"),
    ("pods", ".spec.containers[0].resources.requests.memory"),
    ("pods", ".status.podIP"),
    ("sortset", ".spec.priority"),
    ("sortset", ".status.restarts"),
    ("sortset", ".metadata.labels.size"),
    ("sortset", ".status.score"),
    ("sortset", ".metadata.creationTimestamp"),
    ("sortset", ".spec.optional"),
    ("sortset", ".status.nullable"),
    ("sortset", ".status.tags[0]"),
    ("sortset", ".status.tags[1]"),
    ("sortset", ".status.tags[*]"),
    ("sortset", ".spec.containers[*].image"),
    ("sortset", "{.status.meta.k}"),
    ("sortset", ".status.mixed"),
    ("sortset", ".status.flag"),
    ("sortset", ".status.meta"),
    ("sortset", ".status.tags"),
    ("sortset", ".status.nope"),
    ("sortset", "{.a}{.b}"),
    ("sortset", ".a["),
    ("sortset", ".status.tags[5]"),
    ("sortset", "."),
    ("sortset", "..k"),
    ("sortset", ".metadata.name"),
    ("sortbig", ".spec.bucket"),
    ("sortbig", ".spec.sometimes"),
    ("sortbig", ".metadata.labels.q"),
    ("sortbig", ".status.n"),
    ("sortbig", ".metadata.name"),
    ("ordered", ".spec.rank"),
    ("ordered", ".spec.same"),
    ("ordered", ".spec.up"),
    ("ordered", ".metadata.name"),
    ("one", ".metadata.name"),
    ("one", ".nope"),
    ("empty", ".a["),
    ("nulls", ".spec.items[0]"),
    ("nulls", ".spec.items[1].a"),
]


def build():
    cases = []

    def add(**case):
        cases.append(case)

    for t in LIST_TEMPLATES:
        add(ns="pods", output="jsonpath=" + t)
    for t in PARSE_ERRORS:
        add(ns="pods", output="jsonpath=" + t)
    for t in SINGLE_TEMPLATES:
        add(ns="pods", name="web-7d4b9c", output="jsonpath=" + t)
    for t in TYPE_TEMPLATES:
        add(ns="types", output="jsonpath=" + t)
    for t in AS_JSON_TEMPLATES:
        add(ns="pods", output="jsonpath-as-json=" + t)
    add(ns="types", output="jsonpath-as-json={.items[0].status}")
    add(ns="types", output="jsonpath-as-json={.items[0].status.list[*]}")
    add(ns="pods", name="db-0", output="jsonpath-as-json={.metadata.name}")
    for t in NO_MISSING_TEMPLATES:
        add(ns="pods", output="jsonpath=" + t, allowMissing=False)
    add(ns="pods", output="jsonpath", template="{.items[*].metadata.name}")
    add(ns="pods", output="jsonpath-as-json", template="{.kind}")
    add(ns="pods", output="jsonpath")
    add(ns="pods", output="jsonpath=")
    add(ns="pods", output="jsonpath-as-json=")
    add(ns="pods", output="jsonpath-file=")
    add(ns="pods", output="jsonpath-file=" + FILE_DIR + "/names.tmpl",
        files={FILE_DIR + "/names.tmpl": "{range .items[*]}{.metadata.name}{\"\\n\"}{end}\n"})
    add(ns="pods", output="jsonpath-file=" + FILE_DIR + "/bad.tmpl",
        files={FILE_DIR + "/bad.tmpl": "{.items[\n"})
    add(ns="pods", output="jsonpath-file=" + FILE_DIR + "/missing.tmpl")
    add(ns="pods", output="jsonpath-file", template=FILE_DIR + "/names.tmpl",
        files={FILE_DIR + "/names.tmpl": "{.items[0].metadata.name}"})
    add(ns="empty", output="jsonpath={.items}")
    add(ns="empty", output="jsonpath={.items[*].metadata.name}")
    add(ns="empty", output="jsonpath={range .items[*]}{.metadata.name}{end}done")
    add(ns="empty", output="jsonpath={.items[0]}")
    add(ns="one", output="jsonpath={.items[*].metadata.name}")
    add(ns="one", name="solo", output="jsonpath={.metadata.name}")
    add(ns="nulls", output="jsonpath={range .items[*]}{range .spec.items[*]}[{.a}]{end}{end}")
    add(ns="nulls", output="jsonpath={range .items[0].spec.items[*]}{@}|{end}")
    add(ns="nulls", output="jsonpath={.items[*].spec.items[*].a}")
    add(ns="nulls", output="jsonpath={.items[*].spec.items}")
    add(ns="types", output="jsonpath-as-json={range .items[0].status.nulls[*]}{@}{end}")
    add(ns="types", output="jsonpath={range .items[0].status.nulls[*]}{[0]}{end}")
    add(ns="types", output="jsonpath={range .items[0].status.nulls[*]}{[?(@.x)]}{end}")
    add(ns="types", output="jsonpath={range .items[0].status.nulls[*]}{.x}{*}{..}{@}|{end}")
    add(ns="types", name="types-1", output="jsonpath={.status.wholeFloat} {.status.million} {.status.sci}")
    add(ns="types", name="types-1", output="jsonpath-as-json={.status.tiny}")
    add(ns="weird", output="jsonpath={range .items[*]}{.metadata.name}|{.status.message}|{.metadata.labels.esc}{\"\\n\"}{end}")
    for ns, t in [("sortset", "{.items[?(@.status.score>2.0)].metadata.name}"),
                  ("sortset", "{.items[?(@.status.score>2)].metadata.name}"),
                  ("sortset", "{.items[?(@.status.restarts>2)].metadata.name}"),
                  ("sortset", "{.items[?(@.status.mixed>2)].metadata.name}"),
                  ("sortset", "{.items[?(@.status.nullable==1)].metadata.name}"),
                  ("sortset", "{.items[?(@.status.flag==true)].metadata.name}"),
                  ("sortset", "{.items[?(@.status.flag)].metadata.name}"),
                  ("sortset", "{.items[?(@.spec.optional!='a')].metadata.name}"),
                  ("sortset", "{.items[?(@.status.meta.k=='p-golf')].metadata.name}"),
                  ("sortset", "{.items[?(@.status.tags[0]=='golf')].metadata.name}"),
                  ("sortset", "{.items[?(@.status.tags[*]=='t')].metadata.name}")]:
        add(ns=ns, output="jsonpath=" + t)

    for ns, spec in COLUMN_SPECS + COLUMN_ERRORS:
        add(ns=ns, output="custom-columns=" + spec)
    add(ns="pods", output="custom-columns=NAME:.metadata.name,IMAGES:.spec.containers[*].image", noHeaders=True)
    add(ns="pods", name="web-7d4b9c", output="custom-columns=NAME:.metadata.name,IMAGES:.spec.containers[*].image")
    add(ns="pods", name="web-7d4b9c", output="custom-columns=NAME:.metadata.name", noHeaders=True)
    add(ns="pods", output="custom-columns")
    add(ns="pods", output="custom-columns", template="NAME:.metadata.name")
    add(ns="pods", output="custom-columns=NAME:.metadata.name", sortBy=".metadata.name")
    add(ns="sortset", output="custom-columns=NAME:.metadata.name,P:.spec.priority,SIZE:.metadata.labels.size",
        sortBy=".metadata.labels.size")
    column_files = {
        "ok.cols": "NAME          IMAGE\n.metadata.name {.spec.containers[0].image}\n",
        "crlf.cols": "NAME\tPHASE\r\n{.metadata.name}\t.status.phase\r\n",
        "one.cols": "NAME IMAGE\n",
        "empty.cols": "",
        "mismatch.cols": "A B C\n.metadata.name .kind\n",
        "blank.cols": "A\n\n",
        "bad.cols": "A\n{.a}{.b}\n",
        "extra.cols": "NAME\n.metadata.name\nignored line\n",
        "noeol.cols": "NAME KIND\n.metadata.name .kind",
    }
    for fname, contents in column_files.items():
        path = FILE_DIR + "/" + fname
        add(ns="pods", output="custom-columns-file=" + path, files={path: contents})
    add(ns="pods", output="custom-columns-file=" + FILE_DIR + "/ok.cols", noHeaders=True,
        files={FILE_DIR + "/ok.cols": column_files["ok.cols"]})
    add(ns="pods", output="custom-columns-file=" + FILE_DIR + "/nope.cols")
    add(ns="pods", output="custom-columns-file", template=FILE_DIR + "/ok.cols",
        files={FILE_DIR + "/ok.cols": column_files["ok.cols"]})
    add(ns="pods", output="custom-columns-file=")

    for ns, field in SORT_FIELDS:
        add(ns=ns, output="jsonpath={.items[*].metadata.name}", sortBy=field)
    # The default table output: kubectl sorts the server's table rows instead.
    for ns, field in SORT_FIELDS + [("sortset", "{.status.restarts}{.b}"), ("sortset", "{.a}{.b}{.c}"),
                                    ("pods", "{range .items[*]}{.x}{end}")]:
        add(ns=ns, output=None, sortBy=field)
    add(ns="pods", name="web-7d4b9c", output="jsonpath={.metadata.name}", sortBy=".a[")
    add(ns="pods", output="jsonpath={.items[}", sortBy=".a[")
    add(ns="sortset", output="jsonpath={.items[9]}", sortBy=".metadata.name")
    add(ns="sortset", output="jsonpath-as-json={.items[*].spec.priority}", sortBy=".spec.priority")
    return cases
