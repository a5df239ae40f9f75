# Source of the holdout gold JSON files: edit here, run `python3 tests/holdout/gold/make_gold.py`.
# Conventions (as in tests/gold): text = the content without the attribution frame; a verb is kept
# when its object is a noun phrase ("denies all the charges."), dropped before a that-clause;
# one statement per quotation span: a new quotation after the cue ("...," X said. "...") is a second statement of
# the same speaker (the 'quotes with no cue that continue the previous speaker'); a quotation running over
# paragraphs (new paragraph opening with a quote mark only) is one statement;
# partial quotes inside reported speech are reported (direct false); transcript questions are not statements.
import json
def S(speaker, text, via=None, direct=False, aliases=None, via_aliases=None):
    d={"speaker":speaker}
    if aliases: d["aliases"]=aliases
    d["via"]=via
    if via_aliases: d["via_aliases"]=via_aliases
    d["direct"]=direct; d["text"]=text
    return d
G={}
G["a1_ap_fire"]=[
 S("Ruwenzori Plastics","denies exits were locked"),
 S("Kenyan police","A fire tore through a plastics factory on the outskirts of the Kenyan town of Thika late Monday, killing at least 14 workers and injuring about 30 others"),
 S("Jacinta Mwikali","the blaze broke out shortly before 11 p.m. in a storage hall at the Ruwenzori Plastics Ltd. plant, where about 120 people were working the night shift."),
 S("Jacinta Mwikali","We have recovered 14 bodies so far, and we fear the number may rise as the search continues,",direct=True),
 S("Jacinta Mwikali","Some of the victims were trapped on the upper floor.",direct=True),
 S("factory survivors","described a desperate scramble in the dark."),
 S("Joseph Kamau","he and several colleagues found a side door chained shut and had to break a window to escape."),
 S("Joseph Kamau","We were shouting for someone to bring the key. Nobody came,",direct=True),
 S("Ruwenzori Plastics","any exit had been locked."),
 S("Ruwenzori Plastics","all emergency doors were \"fully operational\" and that the plant had passed a fire safety inspection in August."),
 S("Ruwenzori Plastics","Our thoughts are with the families who have lost loved ones,",direct=True),
 S("Ruwenzori Plastics","We are cooperating fully with the authorities.",direct=True),
 S("Hassan Abdi Omar","accused the management of locking side doors at night to stop theft"),
 S("Hassan Abdi Omar","the union had reported to labor inspectors twice this year."),
 S("Florence Odhiambo","the government would pay for the funerals of the victims."),
 S("Florence Odhiambo","any employer found to have ignored safety rules \"will face the full force of the law.\""),
 S("Kenyan police","an electrical fault in the storage hall was one line of inquiry."),
]
G["a2_bbc_fire"]=[
 S("factory survivors","workers describe locked doors"),
 S("Kenyan government","At least 12 people have died after a fire swept through a plastics factory in Thika, north-east of Nairobi,"),
 S("Florence Odhiambo","an investigation was under way and that those responsible would be 'held to account'."),
 S("Florence Odhiambo","No worker should go to work and fail to come home to their family,",direct=True),
 S("Jacinta Mwikali","12 bodies had been recovered by mid-morning, while 31 people were being treated in hospital, several of them for severe burns."),
 S("factory survivors","at least one side door was locked when the fire started."),
 S("Grace Nyambura","I saw the chain on the door with my own eyes,",direct=True),
 S("Grace Nyambura","We had to run back through the smoke to find another way out.",direct=True),
 S("Ruwenzori Plastics","has rejected those claims."),
 S("Ruwenzori Plastics","its emergency exits had been 'fully operational' and that it would 'co-operate fully' with the investigation."),
 S("Peter Gathogo","the fire had started in a neighbouring warehouse that the company did not own.",via="Kiambu Courier"),
 S("Kenya Plastic Workers Union","the disaster was 'entirely preventable'."),
 S("Hassan Abdi Omar","the union had warned labour inspectors about conditions at the plant in March and again in July."),
 S("Hassan Abdi Omar","They ignored us. Now fourteen families are burying their children,",direct=True),
 S("Kenyan Ministry of Labour","The government will pay for the victims' funerals,",aliases=["Kenyan government"]),
 S("campaigners","the enforcement of health and safety rules has not kept pace."),
]
G["a3_tabloid_fire"]=[
 S("victims' families","slammed the bosses of a Thika factory where 17 workers burned to death in a horror blaze."),
 S("Hassan Abdi Omar","The death toll has hit 17,"),
 S("Hassan Abdi Omar","blasted factory chiefs for locking the doors."),
 S("Hassan Abdi Omar","These people were locked in like animals,",direct=True),
 S("Hassan Abdi Omar","Management chained the side doors every night to stop theft. Everyone knew.",direct=True),
 S("Mary Wanjiru","He called me at ten to say he was doing overtime,",direct=True),
 S("Mary Wanjiru","That was the last time I heard his voice.",direct=True),
 S("Ruwenzori Plastics","the blaze was NOT their fault."),
 S("Ruwenzori Plastics","The fire began in an adjacent building. Our exits were open and our staff were trained.",direct=True),
 S("Florence Odhiambo","to \"leave no stone unturned\"."),
 S("Jacinta Mwikali","14 bodies had been found"),
 S("Jacinta Mwikali","the toll could rise."),
]
G["b1_reuters_trade"]=[
 S("Canadian government","Talks on a new trade agreement between Canada and Britain broke down on Thursday after the two sides failed to bridge differences over cheese quotas and hormone-treated beef,",aliases=["UK government"]),
 S("Hélène Marchetti-Roy","Britain had \"walked away from the table\" after Canada offered to raise its quota for British cheese to 8,000 tonnes a year."),
 S("Hélène Marchetti-Roy","We put a generous offer on the table, and we were ready to keep talking through the weekend,",direct=True),
 S("Hélène Marchetti-Roy","Canada will not accept a deal that undermines our supply management system.",direct=True),
 S("senior Canadian official","the British side had refused to discuss access for Canadian beef, which is raised with growth hormones that are banned in Britain.",aliases=["Canadian government"]),
 S("UK Department for Business and Trade","Canada's offer \"fell well short\" of what British cheesemakers needed and that the government would \"not lower our food standards\" to secure a deal.",aliases=["UK government"]),
 S("Douglas Pennington","the door remained open."),
 S("Douglas Pennington","We want a deal, but not at any price,",direct=True),
 S("UK government","the prime minister had been briefed and remained \"committed to a deal that works for British farmers and consumers.\""),
 S("sources familiar with the talks","Canada had privately offered to go as high as 10,000 tonnes.",via="Ottawa Ledger"),
 S("UK government","Trade between the two countries was worth about 27 billion pounds ($34 billion) last year,"),
 S("Luc Bérubé","Ottawa had been right to \"hold the line.\""),
]
G["b2_chronicle_trade"]=[
 S("Douglas Pennington","accuses Ottawa of 'protectionism'"),
 S("Canadian government","Britain walked out"),
 S("Douglas Pennington","accused Ottawa of “hiding behind protectionism”"),
 S("Douglas Pennington","Canada had refused to offer more than 6,500 tonnes of tariff-free access for British cheese."),
 S("Douglas Pennington","We have shown real flexibility on autos and on services,",direct=True),
 S("Douglas Pennington","What we have not been prepared to do, and will not do, is lower the standards of the food that British families put on their tables. Canada knows our position on hormone-treated beef. It has not changed and it will not change.",direct=True),
 S("UK government","the prime minister had been “kept fully informed” and backed the trade secretary’s decision."),
 S("Canadian government","the UK’s account was “simply not accurate”.",aliases=["senior Canadian official"]),
 S("Canadian government","it had offered 8,000 tonnes"),
 S("Canadian government","was “the largest cheese quota Canada has ever offered a partner outside the EU”."),
 S("Hélène Marchetti-Roy","Britain had “walked away from the table”",via="Reuters"),
 S("Imran Chaudhry","the collapse was “an embarrassment for a government that promised us trade deals would be the easiest in history”."),
 S("Fiona McAllister","British farmers will sleep easier tonight.",direct=True),
 S("Dairy Exporters' Alliance","Cheese exports to Canada are worth about £90m a year,"),
]
G["b3_german_trade"]=[
 S("Canadian government","confirmed this on Thursday evening.",aliases=["UK government"]),
 S("Hélène Marchetti-Roy","spoke of a „missed opportunity“."),
 S("Hélène Marchetti-Roy","Great Britain had left the negotiating table,",via="Reuters"),
 S("Hélène Marchetti-Roy","We were ready to keep talking through the weekend",via="Reuters",direct=True),
 S("Douglas Pennington","accused Canada of „protectionism“."),
 S("Douglas Pennington","Great Britain will not lower its food standards,"),
 S("The Chronicle","Canada offered only 6,500 tons of cheese."),
 S("Canadian government","speaks of 8,000 tons."),
 S("European Commission","the talks were a bilateral matter between the two countries."),
 S("Katrin Vogelsang","The failure shows how difficult trade policy has become after Brexit",direct=True),
 S("Katrin Vogelsang","Agriculture remains the hardest chapter in every agreement.",direct=True),
]
G["b4_nbn_trade"]=[
 S("Canadian government","blames London's 'all-or-nothing' approach",aliases=["Hélène Marchetti-Roy"]),
 S("Hélène Marchetti-Roy","Canada 'will not be bullied' on dairy"),
 S("Hélène Marchetti-Roy","blaming what she called London's \"all-or-nothing\" approach."),
 S("Hélène Marchetti-Roy","Canada will not be bullied into dismantling supply management,",direct=True),
 S("Hélène Marchetti-Roy","Canada had offered \"more than any previous agreement\" on cheese."),
 S("Hélène Marchetti-Roy","the gap on beef had been \"wider than we expected,\""),
 S("Hélène Marchetti-Roy","negotiators had closed nearly every other chapter of the deal."),
 S("Hélène Marchetti-Roy","the door \"remains open\" and that Canadian negotiators were \"ready to return to the table tomorrow.\""),
 S("Hélène Marchetti-Roy","Canada negotiated in good faith. Our offer on cheese was the most generous we have ever made to a partner outside the EU. The door remains open.",direct=True),
 S("UK Department for Business and Trade","Canada's final offer of 8,000 tonnes was \"not a serious basis for agreement,\"",via="Reuters",aliases=["UK government"]),
 S("UK government","Britain \"will not import hormone-treated beef, full stop.\"",via="Reuters"),
 S("Bill Hargreaves","urged the government to \"go back to the table before Christmas\""),
 S("Bill Hargreaves","accused the minister of putting \"a few thousand tonnes of cheese\" ahead of a broader deal."),
 S("Priya Raman","the talks had always hinged on agriculture."),
 S("Priya Raman","Autos, services, procurement — those were done months ago,",direct=True),
 S("Priya Raman","Everything came down to cheese and beef, which is where these talks always die.",direct=True),
 S("Canadian Dairy Producers Council","tweeted its thanks to the minister for \"standing up for Canadian farm families.\""),
]
G["c1_broadsheet_club"]=[
 S("Lyon prosecutors","Bradley Voss, a Texas investor, drained AS Montclar’s accounts to prop up his other businesses."),
 S("Bradley Voss","he saved the club."),
 S("Lyon prosecutors","accuse him of diverting about 10 million euros (about $11 million) from the club’s accounts between 2022 and 2025 to companies he controlled in Texas and Delaware."),
 S("Didier Fontaine","I have been coming here since I was 6 years old, with my father,",direct=True),
 S("Didier Fontaine","When the American came, he stood on the field and promised us the Champions League. We laughed, but we wanted to believe him. Now we don’t know if there will be a club next season.",direct=True),
 S("Bradley Voss","denies all the charges."),
 S("Bradley Voss","the transfers had been loans that he fully intended to repay, and that without his money the club would have gone bankrupt in 2023."),
 S("Bradley Voss","I put more into this club than I ever took out of it,",direct=True),
 S("Jean-Baptiste Morel","Mr. Voss treated the club’s bank account as his personal wallet,",direct=True),
 S("Jean-Baptiste Morel","He moved money to Delaware, to Houston, to the Cayman Islands, and he moved it at night, when he thought nobody was watching. This is not the behavior of a man who intended to repay anything.",direct=True),
 S("Jean-Baptiste Morel","asked the court to sentence Mr. Voss to three years in prison, two of them suspended, and a fine of 500,000 euros."),
 S("Nathalie Girardot","she had warned Mr. Voss in writing at least four times that the transfers were illegal."),
 S("Bradley Voss","to “stop being so French about it.”",via="Nathalie Girardot"),
 S("Clémence Aubry","the prosecution had misread ordinary lending between companies of the same group."),
 S("Clémence Aubry","My client made mistakes of paperwork, not crimes,",direct=True),
 S("Yannick Mbeki-Laurent","some players had gone three months without pay last season.",via="Radio Rhône Sud"),
]
G["c2_radio_transcript"]=[
 S("Yannick Mbeki-Laurent","Honestly, tired. People think footballers are rich. At our level, some of the boys went three months without a salary last season. Three months. One of them was sleeping in his car.",direct=True),
 S("Yannick Mbeki-Laurent","Twice. The first time he told us the money was \"coming from Houston next week\". The second time he didn't come to the meeting at all.",direct=True),
 S("Bradley Voss","the money was \"coming from Houston next week\".",via="Yannick Mbeki-Laurent"),
 S("AS Montclar","the wages have now all been paid.",via="Sophie Arnaud"),
 S("Yannick Mbeki-Laurent","That's true since September, yes. I want to be fair. The new management has paid everybody.",direct=True),
 S("Yannick Mbeki-Laurent","I'm not a judge. But I know what I saw. [laughs] I'll let the court do its job.",direct=True),
 S("Yannick Mbeki-Laurent","Keep coming. We are still alive, we are still AS Montclar.",direct=True),
]
G["c3_french_club"]=[
 S("Lyon prosecutors","requests three years, including one firm",aliases=["Jean-Baptiste Morel"]),
 S("Jean-Baptiste Morel","A personal wallet.",direct=True),
 S("Jean-Baptiste Morel","requested three years of imprisonment, two of them suspended, and a fine of 400,000 euros."),
 S("Jean-Baptiste Morel","For three years, the club lived at the rhythm of the transfers to Houston",direct=True),
 S("Gérard Pailloux","They stole our club from us.",direct=True),
 S("Bradley Voss","the transfers were « loans », and he « saved » the club from bankruptcy."),
 S("Bradley Voss","I am not a thief",direct=True),
 S("Clémence Aubry","pleaded for acquittal."),
 S("Clémence Aubry","the file contains « not a single proof of personal enrichment »."),
 S("Nathalie Girardot","having alerted the owner « at least four times »."),
]
E={
 "_doc":"Canonical entities of the holdout gold (invented events). Same semantics as tests/gold/entities.json: key = canonical name, list = other names that identify the same entity, compared as folded word runs; the longest key found in a speaker name wins.",
 "Jacinta Mwikali":["Mwikali"],
 "Kenyan police":["police","Kenyan police","Kenya Police"],
 "Joseph Kamau":["Kamau"],
 "Ruwenzori Plastics":["Ruwenzori Plastics Ltd","Ruwenzori"],
 "Peter Gathogo":["Gathogo"],
 "Hassan Abdi Omar":["Omar","Hassan Omar"],
 "Kenya Plastic Workers Union":["Plastic Workers Union"],
 "Florence Odhiambo":["Odhiambo"],
 "Kenyan Ministry of Labour":["Labour Ministry","Labor Ministry","Ministry of Labour","Ministry of Labor"],
 "Kenyan government":["Kenya","Kenyan authorities","Kenyan government","Nairobi"],
 "Grace Nyambura":["Nyambura"],
 "factory survivors":["survivors","workers"],
 "campaigners":[],
 "Kiambu Courier":[],
 "Mary Wanjiru":["Wanjiru"],
 "victims' families":["families","grieving families","relatives"],
 "Hélène Marchetti-Roy":["Marchetti-Roy"],
 "Douglas Pennington":["Pennington"],
 "Canadian government":["Canada","Ottawa","Canadian government","Government of Canada"],
 "UK government":["British government spokesperson","Britain","Great Britain","United Kingdom","UK","U.K.","Downing Street","No 10","Number 10","London","British government"],
 "senior Canadian official":["Canadian official","Canadian officials"],
 "UK Department for Business and Trade":["Department for Business and Trade","DBT"],
 "Luc Bérubé":["Bérubé"],
 "Canadian Dairy Producers Council":["Dairy Producers Council"],
 "Bill Hargreaves":["Hargreaves"],
 "Priya Raman":["Raman"],
 "Ottawa Ledger":[],
 "sources familiar with the talks":["two sources familiar with the talks"],
 "Imran Chaudhry":["Chaudhry"],
 "Fiona McAllister":["McAllister"],
 "British Livestock Association":[],
 "Dairy Exporters' Alliance":[],
 "Reuters":["Thomson Reuters","news agency Reuters"],
 "The Chronicle":["Chronicle"],
 "European Commission":["EU Commission"],
 "Katrin Vogelsang":["Vogelsang"],
 "Bradley Voss":["Voss"],
 "Lyon prosecutors":["prosecutors","prosecution","prosecutor's office","public prosecutor's office"],
 "Jean-Baptiste Morel":["Morel"],
 "Didier Fontaine":["Fontaine"],
 "Nathalie Girardot":["Girardot"],
 "Clémence Aubry":["Aubry"],
 "Yannick Mbeki-Laurent":["Mbeki-Laurent"],
 "Radio Rhône Sud":[],
 "Sophie Arnaud":["Arnaud"],
 "AS Montclar":["Montclar"],
 "Gérard Pailloux":["Pailloux"],
}
import os
out=os.path.dirname(os.path.abspath(__file__))+'/'
for stem,sts in G.items():
    for s in sts:
        for e in [s["speaker"],s["via"],*s.get("aliases",[]),*s.get("via_aliases",[])]:
            assert e is None or e in E,(stem,e)
    lines=[]
    for s in sts:
        head={k:v for k,v in s.items() if k!="text"}
        h=json.dumps(head,ensure_ascii=False)[:-1]
        lines.append("    "+h+",\n      \"text\": "+json.dumps(s["text"],ensure_ascii=False)+" }")
    txt='{\n  "article": "%s.txt",\n  "statements": [\n%s\n  ]\n}\n'%(stem,",\n".join(lines))
    json.loads(txt)
    open(out+stem+'.json','w').write(txt)
txt="{\n"+",\n".join("  %s: %s"%(json.dumps(k,ensure_ascii=False),json.dumps(v,ensure_ascii=False)) for k,v in E.items())+"\n}\n"
json.loads(txt); open(out+'entities.json','w').write(txt)
print(sum(len(v) for v in G.values()))
