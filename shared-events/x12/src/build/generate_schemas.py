# Generates the StAEDI v4 schemas of rcm-x12 (src/main/resources/x12/*.xml) from the compact definitions below,
# written for OpenRCM from the ASC X12 TR3 structures (DOMAIN.md): one place for the segment and element
# definitions the four transactions share, one transaction structure and code lists each, and the 837P
# implementation (its loops told apart by HL03/NM101). Run after a change and commit both:
#   python3 shared-events/x12/src/build/generate_schemas.py shared-events/x12/src/main/resources/x12
# Segments declare only the elements the guides use: StAEDI scans a segment's declared children for every element.
import sys, os
OUT = sys.argv[1]

# element number -> (base, min, max)
B = {'AN':'string','ID':'identifier','N0':'numeric','N2':'numeric','R':'decimal','DT':'date','TM':'time'}
E = {
 '2':('N0',1,6),'19':('AN',2,30),'26':('ID',2,3),'28':('N0',1,9),'61':('AN',1,30),'66':('ID',1,2),'67':('AN',2,80),
 '81':('R',1,10),'93':('AN',1,60),'97':('N0',1,6),'98':('ID',2,3),'100':('ID',3,3),'116':('ID',3,15),'123':('N0',1,6),
 '127':('AN',1,50),'128':('ID',2,3),'143':('ID',3,3),'156':('ID',2,2),'166':('AN',1,55),'234':('AN',1,48),'235':('ID',2,2),
 '280':('R',1,10),'305':('ID',1,2),'306':('ID',1,2),'309':('ID',1,2),'310':('AN',1,30),'329':('AN',4,9),'337':('TM',4,8),
 '352':('AN',1,80),'353':('ID',2,2),'355':('ID',2,2),'363':('ID',3,3),'364':('AN',1,256),'365':('ID',2,2),'366':('ID',2,2),
 '373':('DT',8,8),'374':('ID',3,3),'380':('R',1,15),'426':('ID',2,2),'429':('AN',1,16),'443':('AN',1,20),'447':('AN',1,4),
 '478':('ID',1,1),'479':('ID',2,2),'480':('AN',1,12),'481':('ID',1,2),'506':('ID',2,2),'507':('AN',3,12),'508':('AN',1,35),
 '509':('AN',10,10),'510':('AN',9,9),'522':('ID',1,3),'554':('N0',1,6),'569':('ID',1,3),'584':('ID',2,2),'591':('ID',3,3),
 '618':('ID',1,3),'620':('ID',1,3),'621':('ID',1,3),'623':('ID',2,2),'628':('AN',1,12),'640':('ID',2,2),'673':('ID',2,2),
 '706':('ID',2,2),'715':('ID',1,1),'716':('ID',1,3),'717':('ID',1,1),'719':('N0',1,10),'721':('ID',2,3),'722':('N0',1,2),
 '724':('AN',1,99),'725':('N0',1,4),'734':('AN',1,12),'735':('ID',1,2),'736':('ID',1,1),'756':('ID',1,2),'782':('R',1,18),
 '799':('AN',1,30),'812':('ID',1,10),'933':('AN',1,264),'954':('R',1,10),'1005':('ID',4,4),'1028':('AN',1,38),
 '1029':('ID',1,2),'1032':('ID',1,2),'1033':('ID',1,2),'1034':('ID',1,5),'1035':('AN',1,60),'1036':('AN',1,35),
 '1037':('AN',1,25),'1038':('AN',1,10),'1039':('AN',1,10),'1048':('ID',3,3),'1065':('ID',1,1),'1068':('ID',1,1),
 '1069':('ID',2,2),'1073':('ID',1,1),'1138':('ID',1,1),'1143':('ID',1,1),'1220':('ID',1,1),'1221':('ID',1,3),
 '1250':('ID',2,3),'1251':('AN',1,35),'1270':('ID',1,3),'1271':('AN',1,30),'1325':('ID',1,1),'1327':('ID',1,1),
 '1328':('N0',1,2),'1331':('AN',1,2),'1332':('ID',1,2),'1336':('ID',1,3),'1337':('ID',1,3),'1339':('AN',2,2),
 '1340':('ID',1,2),'1341':('AN',1,2),'1343':('ID',1,2),'1351':('ID',1,1),'1352':('ID',1,2),'1354':('AN',1,4),
 '1359':('ID',1,1),'1360':('ID',1,1),'1363':('ID',1,1),'1364':('ID',1,2),'1365':('ID',1,2),'1366':('ID',2,3),
 '1383':('ID',1,2),'1384':('ID',1,1),'1514':('ID',1,2),'1528':('N0',1,2),'1686':('N0',1,4),'1705':('AN',1,35),
 '1715':('ID',1,3),'1334':('ID',1,1),'1342':('ID',1,2),
 '1271C':('AN',1,30),'1073W':('ID',1,1),
}
def el(n, req=False, mx=1): return ('e', n, 1 if req else 0, mx)
def co(n, req=False, mx=1): return ('c', n, 1 if req else 0, mx)
def any_(n): return ('any', None, 0, n)

C = {
 'C003': [el('235',True), el('234',True), el('1339'), el('1339'), el('1339'), el('1339'), el('352')],
 'C004': [el('1328',True), el('1328'), el('1328'), el('1328')],
 'C022': [el('1270',True), el('1271',True)],  # HI components 3-9 are not used by the guides we exchange
 'C023': [el('1331',True), el('1332'), el('1325')],
 'C024': [el('1362'), el('1362'), el('1362'), el('156'), el('26')] ,
 'C030': [el('722',True), el('1528'), el('1686')],
 'C040': [el('128',True), el('127',True), el('128'), el('127'), el('128'), el('127')],
 'C042': [el('426',True), el('127')],
 'C043': [el('1271C',True), el('1271',True), el('98'), el('1270')],
 'C998': [el('9999',True), el('9998')],
 'C999': [el('725',True), el('725')],
}
E['1362'] = ('ID',2,3); E['9999'] = ('AN',1,35); E['9998'] = ('AN',1,35)

S = {
 'BHT': [el('1005',True), el('353',True), el('127'), el('373'), el('337'), el('640')],
 'NM1': [el('98',True), el('1065',True), el('1035'), el('1036'), el('1037'), el('1038'), el('1039'), el('66'), el('67')],
 'N1':  [el('98',True), el('93'), el('66'), el('67'), el('706'), el('98')],
 'N2':  [el('93',True), el('93')],
 'N3':  [el('166',True), el('166')],
 'N4':  [el('19'), el('156'), el('116'), el('26'), el('309'), el('310'), el('1715')],
 'PER': [el('366',True), el('93'), el('365'), el('364'), el('365'), el('364'), el('365'), el('364'), el('443')],
 'REF': [el('128',True), el('127'), el('352'), co('C040')],
 'HL':  [el('628',True), el('734'), el('735',True), el('736')],
 'PRV': [el('1221',True), el('128'), el('127'), el('156'), any_(2)],
 'SBR': [el('1138',True), el('1069'), el('127'), el('93'), el('1336'), el('1143'), el('1073'), el('584'), el('1032')],
 'DMG': [el('1250'), el('1251'), el('1068')],
 'PAT': [el('1069'), el('1384'), el('584'), el('1220'), el('1250'), el('1251'), el('355'), el('81'), el('1073')],
 'CLM': [el('1028',True), el('782'), el('1032'), el('1343'), co('C023'), el('1073'), el('1359'), el('1073W'), el('1363'), el('1351'), co('C024'), el('1366'), el('1073'), el('1338'), el('1360'), el('1029'), el('1383'), el('1514'), el('1073'), el('1514')],
 'DTP': [el('374',True), el('1250',True), el('1251',True)],
 'DTM': [el('374',True), el('373'), el('337'), el('623'), el('1250'), el('1251')],
 'HI':  [co('C022',True)] + [co('C022') for _ in range(11)],
 'LX':  [el('554',True)],
 'SV1': [co('C003',True), el('782',True), el('355',True), el('380',True), el('1331'), el('1365'), co('C004'), el('782'), el('1073'), el('1340'), el('1073'), el('1073'), el('1364'), el('1341'), el('1327')],
 'AMT': [el('522',True), el('782',True), el('478')],
 'NTE': [el('363'), el('352',True)],
 'QTY': [el('673',True), el('380'), any_(2)],
 'TRN': [el('481',True), el('127',True), el('509'), el('127')],
 'STC': [co('C043',True), el('373'), el('306'), el('782'), el('782'), el('373'), el('591'), el('373'), el('429'), co('C043'), co('C043'), el('933')],
 'AK1': [el('479',True), el('28',True), el('480')],
 'AK2': [el('143',True), el('329',True), el('1705')],
 'IK3': [el('721',True), el('719',True), el('447'), el('620')],
 'CTX': [co('C998',True,10), el('721'), el('719'), el('447'), co('C030'), co('C999')],
 'IK4': [co('C030',True), el('725'), el('621',True), el('724')],
 'IK5': [el('717',True), el('618'), el('618'), el('618'), el('618'), el('618')],
 'AK9': [el('715',True), el('97',True), el('123',True), el('2',True), el('716'), el('716'), el('716'), el('716'), el('716')],
 'BPR': [el('305',True), el('782',True), el('478',True), el('591',True), el('812'), el('506'), el('507'), el('569'), el('508'), el('509'), el('510'), el('506'), el('507'), el('569'), el('508'), el('373'), el('1048'), el('506'), el('507'), el('569'), el('508')],
 'CUR': [el('98',True), el('100',True), el('280'), any_(18)],
 'RDM': [el('756',True), el('93'), el('364'), co('C040'), co('C040')],
 'TS3': [el('127',True), el('1331',True), el('373',True), el('380',True), el('782',True)] + [el('782') for _ in range(19)],
 'TS2': [el('782') for _ in range(19)],
 'CLP': [el('1028',True), el('1029',True), el('782',True), el('782',True), el('782'), el('1032',True), el('127'), el('1331'), el('1325x'), el('1352'), el('1354'), el('380'), el('954'), el('1073')],
 'CAS': [el('1033',True), el('1034',True), el('782',True), el('380')] + [x for _ in range(5) for x in (el('1034'), el('782'), el('380'))],
 'MIA': [el('380',True), el('782'), el('380'), el('782'), el('127')] + [el('782') for _ in range(14)] + [el('127'), el('127'), el('127'), el('127'), el('782')],
 'MOA': [el('954'), el('782'), el('127'), el('127'), el('127'), el('127'), el('127'), el('782'), el('782')],
 'SVC': [co('C003',True), el('782',True), el('782',True), el('234'), el('380'), co('C003'), el('380')],
 'LQ':  [el('1270',True), el('1271',True)],
 'PLB': [el('127',True), el('373',True), co('C042',True), el('782',True)] + [x for _ in range(5) for x in (co('C042'), el('782'))],
 # recognised so that real files parse; their elements are not used by us
 'PWK': [any_(9)], 'CN1': [any_(6)], 'K3': [any_(3)], 'CR1': [any_(10)], 'CR2': [any_(12)], 'CR3': [any_(5)],
 'CRC': [any_(7)], 'HCP': [any_(15)], 'OI': [any_(6)], 'MEA': [any_(12)], 'PS1': [any_(3)], 'LIN': [any_(31)],
 'CTP': [any_(11)], 'SVD': [any_(6)], 'FRM': [any_(5)],
}
E['1338'] = ('ID',1,1); E['1325x'] = ('ID',1,1)

def esc(s): return s.replace('&','&amp;').replace('<','&lt;')

def gen(name, title, tx, enums, implementation=None):
    # collect used types
    used_s = set(); used_c = set(); used_e = set()
    def walk(items):
        for it in items:
            if it[0] == 'seg': used_s.add(it[1])
            elif it[0] == 'loop': walk(it[4])
    walk(tx)
    for s in list(used_s):
        for k, t, mn, mx in S[s]:
            if k == 'c': used_c.add(t)
            elif k == 'e': used_e.add(t)
    for c in used_c:
        for k, t, mn, mx in C[c]: used_e.add(t)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<!-- %s. Written for OpenRCM from the ASC X12 TR3 structure (see DOMAIN.md); loops carry the guide\'s loop ids,'
           ' the 837P implementation tells them apart by HL03/NM101 (e.g. 2010 to 2010AA). Generated by'
           ' src/build/generate_schemas.py: change it there. -->' % esc(title),
           '<schema xmlns="http://xlate.io/EDISchema/v4">', '  <transaction>', '    <sequence>']
    def emit(items, ind):
        for it in items:
            if it[0] == 'seg':
                _, s, mn, mx = it
                out.append('%s<segment type="%s"%s%s/>' % (ind, s, ' minOccurs="%d"' % mn if mn else '', ' maxOccurs="%d"' % mx if mx != 1 else ''))
            else:
                _, code, mn, mx, body = it
                out.append('%s<loop code="%s"%s maxOccurs="%d">' % (ind, code, ' minOccurs="%d"' % mn if mn else '', mx))
                out.append(ind + '  <sequence>')
                emit(body, ind + '    ')
                out.append(ind + '  </sequence>')
                out.append(ind + '</loop>')
    emit(tx, '      ')
    out += ['    </sequence>', '  </transaction>']
    if implementation:
        out.append(implementation)
    out.append('')
    for e in sorted(used_e, key=lambda x: (len(x), x)):
        base, mn, mx = E[e]
        nm = 'E' + e.upper()
        num = ''.join(ch for ch in e if ch.isdigit())
        attrs = 'name="%s" number="%s" base="%s"' % (nm, num, B[base])
        if base == 'N2': attrs += ' scale="2"'
        attrs += ' minLength="%d" maxLength="%d"' % (mn, mx)
        vals = enums.get(e)
        if vals:
            out.append('  <elementType %s>' % attrs)
            out.append('    <enumeration>')
            for v in vals:
                if isinstance(v, tuple):
                    out.append('      <value title="%s">%s</value>' % (esc(v[1]), v[0]))
                else:
                    out.append('      <value>%s</value>' % v)
            out.append('    </enumeration>')
            out.append('  </elementType>')
        else:
            out.append('  <elementType %s/>' % attrs)
    out.append('')
    def items(lst):
        res = []
        for k, t, mn, mx in lst:
            if k == 'any':
                res.append('      <any maxOccurs="%d"/>' % mx)
            else:
                res.append('      <%s type="%s"%s%s/>' % ('element' if k == 'e' else 'composite', ('E' + t.upper()) if k == 'e' else t,
                           ' minOccurs="1"' if mn else '', ' maxOccurs="%d"' % mx if mx != 1 else ''))
        return res
    for c in sorted(used_c):
        out.append('  <compositeType name="%s">' % c)
        out.append('    <sequence>')
        out += ['  ' + x for x in items(C[c])]
        out.append('    </sequence>')
        out.append('  </compositeType>')
    out.append('')
    for s in sorted(used_s):
        out.append('  <segmentType name="%s">' % s)
        out.append('    <sequence>')
        out += ['  ' + x for x in items(S[s])]
        out.append('    </sequence>')
        out.append('  </segmentType>')
    out.append('</schema>')
    open(os.path.join(OUT, name), 'w').write('\n'.join(out) + '\n')


# ---- 837P implementation: the guide's loops told apart by HL03 and NM101, with their own code values
def positions(seg):
    return [(i, 'composite' if k == 'c' else 'element') for i, (k, t, mn, mx) in enumerate(S[seg], 1) if k != 'any']
def iseg(t, disc=None, enums=None, mn=0, mx=1, ind='      '):
    enums = enums or {}
    attrs = ' type="%s"' % t
    if disc: attrs += ' discriminator="%s"' % disc
    if mn: attrs += ' minOccurs="%d"' % mn
    if mx != 1: attrs += ' maxOccurs="%d"' % mx
    out = [ind + '<segment%s>' % attrs, ind + '  <sequence>']
    for i, k in positions(t):
        if i in enums:
            out.append(ind + '    <element position="%d"><enumeration>%s</enumeration></element>' % (i, ''.join('<value>%s</value>' % v for v in enums[i])))
        else:
            out.append(ind + '    <%s position="%d"/>' % (k, i))
    out += [ind + '  </sequence>', ind + '</segment>']
    return '\n'.join(out)
def iloop(code, typ, disc, mn, mx, *body, ind='      '):
    a = ' code="%s" type="%s"' % (code, typ)
    if disc: a += ' discriminator="%s"' % disc
    a += ' minOccurs="%d"' % mn  # explicit: an implementation loop takes the standard loop's minimum otherwise
    a += ' maxOccurs="%d"' % mx
    return '\n'.join([ind + '<loop%s>' % a, ind + '  <sequence>'] + list(body) + [ind + '  </sequence>', ind + '</loop>'])
def claim_loops(suffix):
    return iloop('2300' + suffix, '2300', None, 0, 100, '<segment type="CLM"/>', '<segment type="DTP" maxOccurs="150"/>', '<segment type="AMT" maxOccurs="40"/>', '<segment type="REF" maxOccurs="30"/>', '<segment type="NTE" maxOccurs="20"/>', '<segment type="HI" maxOccurs="25"/>',
      iloop('2310B' + suffix, '2310', '1', 0, 1, iseg('NM1', disc='1', enums={1: ['82'], 8: ['XX']}), iseg('PRV', enums={1: ['PE'], 2: ['PXC']})),
      iloop('2320' + suffix, '2320', None, 0, 10, '<segment type="SBR"/>', '<segment type="CAS" maxOccurs="5"/>', '<segment type="AMT" maxOccurs="3"/>', '<segment type="OI"/>', '<segment type="MOA"/>',
        iloop('2330A' + suffix, '2330', '1', 1, 1, iseg('NM1', disc='1', enums={1: ['IL'], 8: ['MI', 'II']}), '<segment type="N3"/>', '<segment type="N4"/>', '<segment type="REF" maxOccurs="3"/>'),
        iloop('2330B' + suffix, '2330', '1', 1, 1, iseg('NM1', disc='1', enums={1: ['PR'], 8: ['PI', 'XV']}), '<segment type="N3"/>', '<segment type="N4"/>', '<segment type="DTP"/>', '<segment type="REF" maxOccurs="3"/>')),
      iloop('2400' + suffix, '2400', None, 1, 50, '<segment type="LX"/>', '<segment type="SV1" minOccurs="1"/>', '<segment type="DTP" minOccurs="1" maxOccurs="15"/>', '<segment type="REF" maxOccurs="30"/>', '<segment type="AMT" maxOccurs="15"/>', '<segment type="NTE" maxOccurs="10"/>'))
IMPL837 = '\n'.join(['  <implementation>', '    <sequence>', '      <segment type="BHT"/>', '      <segment type="REF" maxOccurs="3"/>',
 iloop('1000A', '1000', '1', 1, 1, iseg('NM1', disc='1', enums={1: ['41'], 8: ['46']}), '<segment type="N3" maxOccurs="2"/>', '<segment type="N4"/>', '<segment type="REF" maxOccurs="2"/>', '<segment type="PER" minOccurs="1" maxOccurs="2"/>'),
 iloop('1000B', '1000', '1', 1, 1, iseg('NM1', disc='1', enums={1: ['40'], 8: ['46']})),
 iloop('2000A', '2000', '3', 1, 99999, iseg('HL', disc='3', enums={3: ['20']}), iseg('PRV', enums={1: ['BI'], 2: ['PXC']}),
    iloop('2010AA', '2010', '1', 1, 1, iseg('NM1', disc='1', enums={1: ['85'], 8: ['XX']}), '<segment type="N3" minOccurs="1"/>', '<segment type="N4" minOccurs="1"/>', '<segment type="REF" maxOccurs="20"/>', '<segment type="PER" maxOccurs="2"/>'),
    iloop('2010AB', '2010', '1', 0, 1, iseg('NM1', disc='1', enums={1: ['87']}), '<segment type="N3" minOccurs="1"/>', '<segment type="N4" minOccurs="1"/>')),
 iloop('2000B', '2000', '3', 1, 99999, iseg('HL', disc='3', enums={3: ['22']}), '<segment type="SBR" minOccurs="1"/>',
    iloop('2010BA', '2010', '1', 1, 1, iseg('NM1', disc='1', enums={1: ['IL'], 8: ['MI', 'II']}), '<segment type="N3"/>', '<segment type="N4"/>', '<segment type="DMG"/>', '<segment type="REF" maxOccurs="2"/>'),
    iloop('2010BB', '2010', '1', 1, 1, iseg('NM1', disc='1', enums={1: ['PR'], 8: ['PI', 'XV']}), '<segment type="N3"/>', '<segment type="N4"/>', '<segment type="REF" maxOccurs="5"/>'),
    claim_loops('')),
 iloop('2000C', '2000', '3', 0, 99999, iseg('HL', disc='3', enums={3: ['23']}), '<segment type="PAT" minOccurs="1"/>',
    iloop('2010CA', '2010', '1', 1, 1, iseg('NM1', disc='1', enums={1: ['QC']}), '<segment type="N3" minOccurs="1"/>', '<segment type="N4" minOccurs="1"/>', '<segment type="DMG" minOccurs="1"/>'),
    # the claim loops under the patient level repeat those under the subscriber level (codes are unique, suffix C)
    claim_loops('C')),
 '    </sequence>', '  </implementation>'])

def seg(s, mn=0, mx=1): return ('seg', s, mn, mx)
def loop(code, mn, mx, *body): return ('loop', code, mn, mx, list(body))

FILING = ['11','12','13','14','15','16','17','AM','BL','CH','CI','DS','FI','HM','LM','MA','MB','MC','OF','TV','VA','WC','ZZ']
STATES = None

# ---------------- 837P 005010X222A1
tx837 = [
 seg('BHT',1),
 seg('REF',0,3),
 loop('1000',2,2, seg('NM1',1), seg('N3',0,2), seg('N4'), seg('REF',0,2), seg('PER',0,2)),
 loop('2000',1,99999, seg('HL',1), seg('PRV'), seg('SBR'), seg('PAT'), seg('DTP',0,5),
   loop('2010',0,10, seg('NM1',1), seg('N3',0,2), seg('N4'), seg('DMG'), seg('REF',0,20), seg('PER',0,2)),
   loop('2300',0,100, seg('CLM',1), seg('DTP',0,150), seg('AMT',0,40), seg('REF',0,30), seg('NTE',0,20), seg('HI',0,25),
     loop('2310',0,9, seg('NM1',1), seg('PRV'), seg('N3',0,2), seg('N4'), seg('REF',0,20)),
     loop('2320',0,10, seg('SBR',1), seg('CAS',0,5), seg('AMT',0,3), seg('OI'), seg('MOA'),
       loop('2330',0,10, seg('NM1',1), seg('N3'), seg('N4'), seg('DTP'), seg('REF',0,3))),
     loop('2400',0,50, seg('LX',1), seg('SV1'), seg('DTP',0,15), seg('REF',0,30), seg('AMT',0,15), seg('NTE',0,10),
       loop('2420',0,10, seg('NM1',1), seg('PRV'), seg('N3',0,2), seg('N4'), seg('REF',0,20))))),
]
enum837 = {
 '1005': ['0019'], '353': [('00','original'),('18','reissue')], '640': [('CH','chargeable'),('RP','reporting')],
 '98': ['40','41','45','77','82','85','87','DK','DN','DQ','IL','P3','PE','PR','PW','QB','QC','QD','TT'],
 '1065': ['1','2'], '66': ['24','34','46','FI','II','MI','PI','XV','XX','SY'],
 '366': ['IC'], '365': ['EM','FX','TE','EX'], '735': [('20','billing provider'),('22','subscriber'),('23','patient')], '736': ['0','1'],
 '1221': ['BI','PE','PT','RF','SU','PXC'],
 '128': ['0B','1G','1W','23','2U','4N','6R','9A','9C','9F','D9','EA','EI','F5','F8','FY','G1','G2','G4','IG','LU','LX','P4','PXC','SY','T4','VY','X4','XZ','Y4','EW','F4','LT','OB'],
 '1138': ['A','B','C','D','E','F','G','H','P','S','T','U'],
 '1069': ['01','18','19','20','21','39','40','53','G8'],
 '1336': ['12','13','14','15','16','41','42','43','47'],
 '1032': FILING, '1250': ['D8','RD8'], '1068': ['F','M','U'],
 '1332': [('B','place of service codes for professional services')], '1325': [('1','original'),('7','replacement'),('8','void')],
 '1073': ['N','Y'], '1073W': ['N','W','Y'], '1359': ['A','B','C'], '1363': ['I','Y'], '1351': ['P'],
 '374': ['011','050','090','091','096','297','296','304','314','360','361','431','435','439','444','453','454','455','461','463','471','472','484','573','607','738','739','480','481'],
 '1270': [('ABK','ICD-10-CM principal diagnosis'),('ABF','ICD-10-CM diagnosis'),('BK','ICD-9-CM principal diagnosis'),('BF','ICD-9-CM diagnosis'),'BP','BO','BG','TC','ABN','ABJ','APR','PR','ZZ'],
 '235': ['ER','HC','IV','WK'], '355': ['MJ','UN'], '522': ['F5','EAF','T','NE','D','B6','GT','F4','A8'],
 '1343': [], '1033': ['CO','CR','OA','PI','PR'],
}
enum837 = {k: v for k, v in enum837.items() if v}
gen('837P-005010X222A1.xml', '837P health care claim: professional, 005010X222A1', tx837, enum837, IMPL837)

# ---------------- 999 005010X231A1
tx999 = [
 seg('AK1',1),
 loop('2000',0,99999, seg('AK2',1),
   loop('2100',0,99999, seg('IK3',1), seg('CTX',0,10),
     loop('2110',0,99999, seg('IK4',1), seg('CTX',0,10))),
   seg('IK5',1)),
 seg('AK9',1),
]
enum999 = {
 '479': ['BE','FA','HB','HC','HI','HN','HP','HR','HS','RA'],
 '620': [('1','unrecognized segment id'),('2','unexpected segment'),('3','required segment missing'),('4','loop occurs over maximum times'),('5','segment exceeds maximum use'),('6','segment not in defined transaction set'),('7','segment not in proper sequence'),('8','segment has data element errors'),('I4','implementation not used segment present'),('I6','implementation dependent segment missing'),('I7','implementation loop occurs under minimum times'),('I8','implementation segment below minimum use'),('I9','implementation dependent not used segment present')],
 '621': [('1','required data element missing'),('2','conditional required data element missing'),('3','too many data elements'),('4','data element too short'),('5','data element too long'),('6','invalid character in data element'),('7','invalid code value'),('8','invalid date'),('9','invalid time'),('10','exclusion condition violated'),('12','too many repetitions'),('13','too many components'),('I10','implementation not used data element present'),('I11','implementation too few repetitions'),('I12','implementation pattern match failure'),('I13','implementation dependent not used data element present'),('I6','code value not used in implementation'),('I9','implementation dependent data element missing')],
 '717': [('A','accepted'),('E','accepted but errors were noted'),('M','rejected, message authentication code failed'),('R','rejected'),('W','rejected, assurance failed validity tests'),('X','rejected, content after decryption could not be analyzed')],
 '618': ['1','2','3','4','5','6','7','8','9','10','11','12','13','15','16','17','18','19','23','24','25','26','27','I5','I6'],
 '715': ['A','E','M','P','R','W','X'],
 '716': ['1','2','3','4','5','6','17','18','19','23','24','25','26'],
 '143': None,
}
enum999 = {k: v for k, v in enum999.items() if v}
gen('999-005010X231A1.xml', '999 implementation acknowledgment, 005010X231A1', tx999, enum999)

# ---------------- 277CA 005010X214
tx277 = [
 seg('BHT',1),
 loop('2000',1,99999, seg('HL',1),
   loop('2100',1,1, seg('NM1',1)),
   loop('2200',0,99999, seg('TRN',1), seg('STC',0,99), seg('REF',0,3), seg('DTP',0,2), seg('QTY',0,2), seg('AMT',0,2),
     loop('2220',0,99999, seg('SVC',1), seg('STC',1,99), seg('REF',0,1), seg('DTP',0,1)))),
]
enum277 = {
 '1005': ['0085'], '353': [('08','status')], '640': [('TH','receipt acknowledgment advisory')],
 '735': [('20','information source'),('21','information receiver'),('19','provider of service'),('PT','patient')], '736': ['0','1'],
 '98': ['03','1P','40','41','71','72','77','82','85','87','DK','DN','DQ','FA','GB','HK','IL','PR','QC','TL','TT','TU'],
 '1065': ['1','2'], '66': ['24','34','46','FI','II','MI','PI','SV','XV','XX'],
 '481': ['1','2'],
 '1271C': [('A0','forwarded'),('A1','received'),('A2','accepted into adjudication'),('A3','returned as unprocessable'),('A4','not found'),('A5','split claim'),('A6','rejected for missing information'),('A7','rejected for invalid information'),('A8','rejected for relational field in error'),'DR0','DR01','DR02','DR03','DR04','DR05','DR06','DR07','DR08','E0','E1','E2','E3','E4'],
 '306': [('U','reject'),('WQ','accept')],
 '128': ['1K','BLT','D9','EA','EJ','TJ','XZ'],
 '374': ['009','050','472'], '1250': ['D8','RD8'],
 '673': [('90','acknowledged quantity'),('AA','unacknowledged quantity'),('QA','quantity approved'),('QC','quantity disapproved')],
 '522': [('YU','in process'),('YY','returned')],
 '235': ['AD','ER','HC','HP','IV','N4','NU','WK'],
}
gen('277CA-005010X214.xml', '277CA health care claim acknowledgment, 005010X214', tx277, enum277)

# ---------------- 835 005010X221A1
tx835 = [
 seg('BPR',1), seg('NTE',0,99), seg('TRN',1), seg('CUR'), seg('REF',0,2), seg('DTM',0,1),
 loop('1000',2,200, seg('N1',1), seg('N2'), seg('N3'), seg('N4'), seg('REF',0,5), seg('PER',0,5), seg('RDM')),
 loop('2000',0,99999, seg('LX',1), seg('TS3'), seg('TS2'),
   loop('2100',0,99999, seg('CLP',1), seg('CAS',0,99), seg('NM1',0,7), seg('MIA'), seg('MOA'), seg('REF',0,15),
        seg('DTM',0,5), seg('PER',0,3), seg('AMT',0,13), seg('QTY',0,14),
     loop('2110',0,999, seg('SVC',1), seg('DTM',0,3), seg('CAS',0,99), seg('REF',0,18), seg('AMT',0,9), seg('QTY',0,6), seg('LQ',0,99)))),
 seg('PLB',0,99999),
]
enum835 = {
 '305': [('C','payment accompanies remittance advice'),('D','make payment only'),('H','notification only'),('I','remittance information only'),('P','prenotification of future transfers'),('U','split payment and remittance'),('X','handling party option to split')],
 '478': ['C','D'], '591': ['ACH','BOP','CHK','FWT','NON'], '812': ['CCP','CTX'], '506': ['01','04'], '569': ['DA','SG'],
 '481': ['1'],
 '128': ['0B','0K','1A','1B','1C','1D','1G','1H','1J','1K','1L','1S','1W','28','2U','6P','6R','9A','9C','APC','BB','CE','D3','EA','EO','EV','F2','F8','G1','G2','G3','HI','HPI','IG','LU','NF','PQ','RB','SY','TJ','XZ','ZZ'],
 '374': ['036','050','232','233','150','151','405','472'],
 '98': ['74','82','GB','IL','PE','PR','QC','TT','P3'],
 '66': ['34','46','AD','BD','BS','C','CC','FI','HN','II','MC','MI','MR','NI','PC','PI','SL','UI','XV','XX','ZZ','PP'],
 '1065': ['1','2'],
 '366': ['BL','CX','IC'], '365': ['EM','EX','FX','TE','UR'],
 '1029': [('1','processed as primary'),('2','processed as secondary'),('3','processed as tertiary'),('4','denied'),('19','processed as primary, forwarded to additional payer(s)'),('20','processed as secondary, forwarded to additional payer(s)'),('21','processed as tertiary, forwarded to additional payer(s)'),('22','reversal of previous payment'),('23','not our claim, forwarded to additional payer(s)'),('25','predetermination pricing only, no payment')],
 '1032': FILING,
 '1033': [('CO','contractual obligations'),('CR','correction and reversals'),('OA','other adjustments'),('PI','payer initiated reductions'),('PR','patient responsibility')],
 '235': ['AD','ER','HC','HP','IV','N4','N6','NU','WK','UI'],
 '1270': ['HE','RX'],
 '522': ['AU','B6','D8','DY','F5','I','KH','NL','T','T2','ZK','ZL','ZM','ZN','ZO'],
 '426': ['50','51','72','90','AH','AM','AP','B2','B3','BD','BN','C5','CR','CS','CT','CV','CW','DM','E3','FB','FC','GO','HM','IP','IR','IS','J1','L3','L6','LE','LS','OA','OB','PI','PL','RA','RE','SL','TL','WO','WU'],
 '673': ['CA','CD','LA','LE','NE','NR','OU','PS','VS','ZK','ZL','ZM','ZN','ZO'],
}
gen('835-005010X221A1.xml', '835 health care claim payment/advice, 005010X221A1', tx835, enum835)
