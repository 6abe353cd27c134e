"""English claim constructions, one construction per row, written for these tests.

Each row: text, expected claims as (anchor, source substring or None, mode, stance, hedged).
The anchor must lie inside the claim's *content* (what is claimed, without the cue and the
source), so a claim that swallows the wrong clause fails. An empty expectation means the
text must yield no attributed claim (the outlet's own statements).
"""

from __future__ import annotations

import pytest

from .helpers import claims_of, names

A, D, U = "assert", "deny", "uncertain"
DIR, IND, REP = "direct", "indirect", "reportive"

ROWS = [
    # a quotation opening inside a claimed sentence runs on into the next sentence
    ('The council said it would "review every contract. We owe that to the taxpayers."',
     [("review every contract", "council", IND, A, False), ("We owe that to the taxpayers", "council", DIR, A, False)]),
    # a short bracket inside the title before the apposed name ("(Acting)") does not end the title
    ("Chief Executive Officer (Acting) of the Harbour Authority, Dana Reeve, added that two new berths will open.",
     [("two new berths will open", "Dana Reeve", IND, A, False)]),
    # --- "said": speaker before, after, inside; with and without "that"
    # a long capitalised title (with "and", longer than seven words) before the name, after the content
    ("Prices will keep rising for months, President and Chief Financial Officer of Harbor Foods Ruth Kane said on Monday.",
     [("Prices will keep rising", "Ruth Kane", IND, A, False)]),
    ("Prices will keep rising for months, Chief Financial Officer of Harbor Foods Ruth Kane said, adding that shelves were full.",
     [("Prices will keep rising", "Ruth Kane", IND, A, False), ("shelves were full", "Ruth Kane", IND, A, False)]),
    ("Prices will keep rising, Chair and Chief Executive of Harbor Foods Ruth Kane said.",
     [("Prices will keep rising", "Ruth Kane", IND, A, False)]),
    ("The mayor said the bridge would reopen in May.", [("bridge would reopen", "mayor", IND, A, False)]),
    ("Governor Ann Patel said that the budget was balanced.", [("budget was balanced", "Ann Patel", IND, A, False)]),
    ("The bridge will reopen in May, the mayor said.", [("bridge will reopen", "mayor", IND, A, False)]),
    ("The budget is balanced, said Treasurer Omar Haddad.", [("budget is balanced", "Omar Haddad", IND, A, False)]),
    ("The talks failed, the agency told lawmakers in a closed session.", [("talks failed", "agency", IND, A, False)]),
    ("Prices will keep rising, economist Lena Brooks said on Tuesday.", [("Prices will keep rising", "Lena Brooks", IND, A, False)]),
    ("The company said in a statement that 300 jobs would be cut.", [("300 jobs would be cut", "company", IND, A, False)]),
    ("Police said two men were arrested after the raid.", [("two men were arrested", "Police", IND, A, False)]),
    ("The school board also said it had hired a new principal.", [("hired a new principal", "school board", IND, A, False)]),
    ("Coach Dana Reyes said after the game that her team had played well.", [("team had played well", "Dana Reyes", IND, A, False)]),
    # --- "X says" in the present tense
    ("Professor Hugo Lind says the glacier is shrinking faster than expected.", [("glacier is shrinking", "Hugo Lind", IND, A, False)]),
    ("The glacier is shrinking, Lind says.", [("glacier is shrinking", "Lind", IND, A, False)]),
    ("The union says workers will strike on Friday.", [("workers will strike", "union", IND, A, False)]),
    # --- "told"
    ("The minister told reporters that the talks had failed.", [("talks had failed", "minister", IND, A, False)]),
    ("Mayor Ruth Okafor told the council the pool would close.", [("pool would close", "Ruth Okafor", IND, A, False)]),
    ("A police officer told him the road was closed.", [("road was closed", "police officer", IND, A, False)]),
    ("The talks had failed, the minister told reporters.", [("talks had failed", "minister", IND, A, False)]),
    # --- "according to"
    ("According to the fire department, the blaze started in the kitchen.", [("blaze started in the kitchen", "fire department", IND, A, False)]),
    ("The blaze started in the kitchen, according to fire officials.", [("blaze started in the kitchen", "fire officials", IND, A, False)]),
    ("Turnout was 62 percent, according to the election commission.", [("Turnout was 62 percent", "election commission", IND, A, False)]),
    ("According to Sheriff Tom Wade, the suspect fled on foot.", [("suspect fled on foot", "Tom Wade", IND, A, False)]),
    # --- other reporting verbs
    ("The agency warned that the storm could reach the coast by Sunday.", [("storm could reach the coast", "agency", IND, A, False)]),
    ("Doctors warned of a shortage of flu vaccines.", [("shortage of flu vaccines", "Doctors", IND, A, False)]),
    ("The senator claimed that the election had been stolen.", [("election had been stolen", "senator", IND, A, False)]),
    ("The opposition leader claimed the vote was rigged.", [("vote was rigged", "opposition leader", IND, A, False)]),
    ("Analysts estimated that the deal was worth $4 billion.", [("deal was worth", "Analysts", IND, A, False)]),
    ("The lawyer argued that the contract was void.", [("contract was void", "lawyer", IND, A, False)]),
    ("The firm confirmed that its chief executive had resigned.", [("chief executive had resigned", "firm", IND, A, False)]),
    ("Investigators concluded that the crash was caused by pilot error.", [("caused by pilot error", "Investigators", IND, A, False)]),
    ("The ministry announced that schools would reopen next week.", [("schools would reopen", "ministry", IND, A, False)]),
    ("The coach admitted his team had been lucky.", [("team had been lucky", "coach", IND, A, False)]),
    ("Critics argue the plan will raise rents.", [("plan will raise rents", "Critics", IND, A, False)]),
    ("The pilot insisted the plane had enough fuel.", [("plane had enough fuel", "pilot", IND, A, False)]),
    # --- spokespeople and organisations
    ("A spokesperson for the airline said the flight was delayed by a storm.", [("flight was delayed", "spokesperson for the airline", IND, A, False)]),
    ("A spokeswoman for the ministry said no decision had been made.", [("no decision had been made", "spokeswoman for the ministry", IND, A, False)]),
    ("A Pentagon spokesman said 200 troops would be sent.", [("200 troops would be sent", "Pentagon spokesman", IND, A, False)]),
    ("The World Health Organization said the outbreak was under control.", [("outbreak was under control", "World Health Organization", IND, A, False)]),
    # --- anonymous sources
    ("Sources said the deal could be signed this week.", [("deal could be signed", "Sources", IND, A, False)]),
    ("Officials familiar with the talks said the deal was close.", [("deal was close", "Officials", IND, A, False)]),
    ("Two people with knowledge of the matter said the bank would be sold.", [("bank would be sold", "people", IND, A, False)]),
    ("A senior official, who spoke on condition of anonymity, said the sanctions would stay.", [("sanctions would stay", "official", IND, A, False)]),
    ("The deal could be signed this week, sources said.", [("deal could be signed", "sources", IND, A, False)]),
    # --- documents as sources
    ("A report by the audit office found that the project was over budget.", [("project was over budget", "report", IND, A, False)]),
    ("The study found that 40 percent of the patients recovered.", [("40 percent of the patients recovered", "study", IND, A, False)]),
    ("Court records show the company was fined twice.", [("company was fined twice", "records", IND, A, False)]),
    ("According to a survey by the chamber of commerce, most firms expect growth.", [("most firms expect growth", "survey", IND, A, False)]),
    ("The report concluded that the dam was unsafe.", [("dam was unsafe", "report", IND, A, False)]),
    # --- direct quotes: speaker after, before, between
    ('"We will not raise taxes," said Finance Minister Clara Voss.', [("We will not raise taxes", "Clara Voss", DIR, A, False)]),
    ('"The situation is serious," the mayor said.', [("situation is serious", "mayor", DIR, A, False)]),
    ("“We did everything we could,” coach Jonas Berg said after the game.", [("did everything we could", "Jonas Berg", DIR, A, False)]),
    ('The minister said: "We have no other choice."', [("no other choice", "minister", DIR, A, False)]),
    ('Senator Maria Lopez put it bluntly: "This bill is dead."', [("This bill is dead", "Maria Lopez", DIR, A, False)]),
    ('"We are ready," said Jana Ross, "but not at any price."',
     [("We are ready", "Jana Ross", DIR, A, False), ("not at any price", "Jana Ross", DIR, A, False)]),
    ('"I think, as she says herself, \'This is the fight of our lives,\'" Dossaji said.',
     [("fight of our lives", "Dossaji", DIR, A, False)]),
    ('"The costs are rising," said Hannah Miles. "We have to save money."',
     [("costs are rising", "Hannah Miles", DIR, A, False), ("have to save money", "Hannah Miles", DIR, A, False)]),
    ('"The plan is good," said Tom West.\n"We will carry it out now."',
     [("plan is good", "Tom West", DIR, A, False), ("carry it out now", "Tom West", DIR, A, False)]),
    # a quote over several paragraphs: each quoted paragraph opens with a mark, only the last closes
    ('"The roof leaks. The walls are damp. The heating fails every winter," said caretaker Jonas Bell.\n'
     '"We have asked the council for help three times. Nobody has come.\n"So we will fix it ourselves before the snow."',
     [("asked the council for help", "Jonas Bell", DIR, A, False), ("fix it ourselves", "Jonas Bell", DIR, A, False)]),
    ('Asked about the delay, Ruth Kane said, "No. The parts are late. The supplier is slow. We cannot build. We wait.\n'
     '"There has been a shortage of steel since the spring."',
     [("shortage of steel", "Ruth Kane", DIR, A, False)]),
    ('"The plant is safe. We checked every pipe. Nothing leaked," said engineer Rosa Klein.',
     [("every pipe", "Rosa Klein", DIR, A, False)]),
    # --- pronouns resolved to the person named before, not to a possessive name
    ("Coach Peter Nowak was at the stadium. After Thomas Miller's farewell game, he said the team was ready.",
     [("team was ready", "Peter Nowak", IND, A, False)]),
    ("Emma Clarke chairs the committee. She said the vote would be delayed.", [("vote would be delayed", "Emma Clarke", IND, A, False)]),
    ('Mark Daniels left the party in June. "I had no choice," he said.', [("I had no choice", "Mark Daniels", DIR, A, False)]),
    ("The architect Julia Summers presented the plan. She said it would cost $3bn.", [("would cost", "Julia Summers", IND, A, False)]),
    ("Peter Novak, the union leader, spoke first. He warned that members would walk out.", [("members would walk out", "Peter Novak", IND, A, False)]),
    ("The nurses' union said staff were exhausted. They said wards were understaffed.",
     [("staff were exhausted", "union", IND, A, False), ("wards were understaffed", "union", IND, A, False)]),
    # a phrase that ends in a subject pronoun is no speaker ("Everything you think …"): the trailing cue speaks
    ("Most of what you think you know about naps is wrong, sleep researchers say.",
     [("about naps is wrong", "researchers", IND, D, False)]),
    # a time adverbial before the subject is no speaker: the subject after it is
    ("Two days later the mayor said that the bridge was safe.", [("bridge was safe", "mayor", IND, A, False)]),
    ("Last year the agency said that the bridge was safe.", [("bridge was safe", "agency", IND, A, False)]),
    ("But half a year later the White House announced that the senator would pay.",
     [("senator would pay", "White House", IND, A, False)]),
    # "added" with a noun object adds a thing, it reports nothing; with a clause it reports
    ("The new rule added a layer of paperwork to every trip.", []),
    ("Paul Green said the firm was solvent. He added sales would double.",
     [("firm was solvent", "Paul Green", IND, A, False), ("sales would double", "Paul Green", IND, A, False)]),
    ("Paul Green said the firm was solvent. He added that sales had doubled.",
     [("firm was solvent", "Paul Green", IND, A, False), ("sales had doubled", "Paul Green", IND, A, False)]),
    ("Some of the city's energy experts were puzzled. They said the grid had plenty of power.",
     [("grid had plenty of power", "experts", IND, A, False)]),
    ("A woman who said she was the victim's mother admitted that he had been to prison. She said he never hurt anyone.",
     [("had been to prison", "woman", IND, A, False), ("never hurt anyone", "woman", IND, A, False)]),
    # --- two cues in one sentence; a verb inside a claim's content
    ("Inspector Ana Ruiz said he was innocent, but told reporters the case was still open.",
     [("he was innocent", "Ana Ruiz", IND, A, False), ("case was still open", "Ana Ruiz", IND, A, False)]),
    ("Inspector Ana Ruiz said first responders found a man near the trailer.", [("found a man", "Ana Ruiz", IND, A, False)]),
    ("The grid operator, the agency that serves 80 percent of the state, said it acted after three plants shut down.",
     [("acted after three plants", "grid operator", IND, A, False)]),
    ("The scheme began in 2019, prosecutors said, and buyers were found on two websites.",
     [("two websites", "prosecutors", IND, A, False)]),
    ('None of the buyers were named, Levy said, but "I want to stress that this is just the beginning."',
     [("buyers were named", "Levy", IND, A, False), ("just the beginning", "Levy", DIR, A, False)]),
    ("Relatives related that the men had left the forest.", [("men had left the forest", "Relatives", IND, A, False)]),
    ("Prices rose, per the latest report by the energy agency.", [("Prices rose", "report", IND, A, False)]),
    ('Inspector Ana Ruiz said it was possible.\n"That is a possibility we will not rule out."',
     [("it was possible", "Ana Ruiz", IND, A, False), ("possibility we will not rule out", "Ana Ruiz", DIR, A, False)]),
    ("The salon is adding guards after the owner said a man entered without permission.",
     [("a man entered", "owner", IND, A, False)]),
    ('"The devices need constant care," said Dr. Sobhi Karam.', [("devices need constant care", "Sobhi Karam", DIR, A, False)]),
    ('Amnesty International said the strike could be a war crime. "I am from the city," she said.',
     [("could be a war crime", "Amnesty", IND, A, False), ("I am from the city", None, DIR, A, False)]),
    # --- participle clauses: "…, adding that …", "…, saying …"
    ("Mary Jones said the firm was solvent, adding that sales had doubled.",
     [("firm was solvent", "Mary Jones", IND, A, False), ("sales had doubled", "Mary Jones", IND, A, False)]),
    ("The company issued a statement on Monday, saying it would appeal.", [("it would appeal", "company", IND, A, False)]),
    # --- relays: who passed the claim on
    ("The mayor told Reuters the bridge would reopen in May.", [("bridge would reopen", "mayor", IND, A, False)]),
    ("According to a report in the Washington Post, an official said the plan had been dropped.",
     [("plan had been dropped", "official", IND, A, False)]),
    ("An aide told CNN that the president would veto the bill.", [("president would veto the bill", "aide", IND, A, False)]),
    # --- stance: deny
    ("The company denied that it had broken the law.", [("broken the law", "company", IND, D, False)]),
    ("The minister denied the allegations.", [("allegations", "minister", IND, D, False)]),
    ("The Kremlin rejected the reports as baseless.", [("reports as baseless", "Kremlin", IND, D, False)]),
    ("The club dismissed the rumours as nonsense.", [("rumours as nonsense", "club", IND, D, False)]),
    ('"That is simply untrue," said a spokesman for the bank.', [("simply untrue", "spokesman for the bank", DIR, D, False)]),
    ("The defendant denied taking the money.", [("taking the money", "defendant", IND, D, False)]),
    # --- stance: uncertain
    ("The police said it was unclear whether the fire was set deliberately.", [("fire was set deliberately", "police", IND, U, False)]),
    ('"It is unclear when the bridge will be finished," said Senator Ulla Beck.', [("when the bridge will be finished", "Ulla Beck", DIR, U, False)]),
    ('"It is completely unclear which ship the oil came from," a prosecutor said.',
     [("which ship the oil came from", "prosecutor", DIR, U, False)]),
    ("Experts doubted that the target could be met.", [("target could be met", "Experts", IND, U, False)]),
    ("The coach said it was still unknown how long the striker would be out.", [("striker would be out", "coach", IND, U, False)]),
    # --- hearsay and hedging without a named source
    ("The suspect reportedly fled to Spain.", [("fled to Spain", None, REP, A, True)]),
    ("The mayor allegedly took bribes from a builder.", [("took bribes", None, REP, A, True)]),
    ("The singer is believed to have left the country.", [("left the country", None, REP, A, True)]),
    ("The ship is said to be carrying 2,000 containers.", [("carrying 2,000 containers", None, REP, A, True)]),
    ("The minister reportedly said the plan was dead.", [("plan was dead", "minister", IND, A, True)]),
    ("Police said the driver had allegedly been drinking.", [("driver had allegedly been drinking", "Police", IND, A, True)]),
    # --- a comma introduction with a reporting verb: the subject speaks, not the addressee
    ('The mayor said, "We will rebuild the bridge by winter."', [("rebuild the bridge", "mayor", DIR, A, False)]),
    ('Senator Ulla Beck told "Evening Report" host Tim Ward, "The vote is lost."', [("vote is lost", "Ulla Beck", DIR, A, False)]),
    ('The coach told reporter Ana Diaz, "My players gave everything tonight."', [("players gave everything", "coach", DIR, A, False)]),
    ('Asked what he thought of the plan, Walter Brown said, "It is a fair deal for all of us."',
     [("fair deal for all", "Walter Brown", DIR, A, False)]),
    ('Indeed, the singer calmly revealed to the press, "I have never felt this strong."',
     [("never felt this strong", "singer", DIR, A, False)]),
    # --- "according to X" inside a relative clause attributes only that clause
    ("The pier, which according to engineers is unsafe, stays open until May.", [("is unsafe", "engineers", IND, A, False)]),
    ("Chef de Mission Carla Ruiz said the team was ready.", [("team was ready", "Carla Ruiz", IND, A, False)]),
    # --- "cite": the object is the content; "it" stands for the organisation that spoke just before
    ("The agency cited a shortage of nurses.", [("shortage of nurses", "agency", IND, A, False)]),
    ("The utility said demand had peaked. It also cited a fault at one plant.",
     [("demand had peaked", "utility", IND, A, False), ("fault at one plant", "utility", IND, A, False)]),
    ("The bakery said flour prices had doubled. It said bread would cost more.",
     [("flour prices had doubled", "bakery", IND, A, False), ("bread would cost more", "bakery", IND, A, False)]),
    # --- agentless reporting passives: hearsay without a named source; hedged only by a hedging cue
    ("Claims were made that the ferry had left without lifeboats.", [("ferry had left", None, REP, A, False)]),
    ("It has been reported that the mill will shut in spring.", [("mill will shut", None, REP, A, False)]),
    ("It was announced that the library would open on Sundays.", [("library would open", None, REP, A, False)]),
    ("It was alleged that the treasurer had moved club funds abroad.", [("treasurer had moved", None, REP, A, True)]),
    ("It is claimed that the river was poisoned by the tannery.", [("river was poisoned", None, REP, A, True)]),
    ("Allegations were made that the referee took money.", [("referee took money", None, REP, A, True)]),
    ("It has been reported that the dam will reportedly be raised.", [("dam will reportedly", None, REP, A, True)]),
    # --- a relative pronoun as the subject of the reporting verb: the noun phrase before it speaks
    ("The letter went to the harbour master, who said the pier was unsafe.",
     [("the pier was unsafe", "harbour master", "indirect", A, False)]),
    ("The grant came from Ruth Adler, who said that the money was spent well.",
     [("the money was spent well", "Ruth Adler", "indirect", A, False)]),
    # --- a bare content clause with an auxiliary after a verb that otherwise needs "that"
    ("The central bank projected wages would rise by 4 percent.",
     [("wages would rise", "central bank", "indirect", A, False)]),
    ("Mayor Ann Berg also mentioned her office would publish the data.",
     [("her office would publish", "Ann Berg", "indirect", A, False)]),
    ("The clip shows a lecture in which the senator suggested the crisis had been caused by a ban.",
     [("the crisis had been caused", "senator", "indirect", A, False)]),
    # --- pledges and accusations; a second predicate after a relative clause belongs to the main subject
    ("The mayor pledged to build a new school.", [("to build a new school", "mayor", "indirect", A, False)]),
    ("Governor Lea Marsh thanked the nurses who criticised her, and pledged to raise their pay in the region.",
     [("to raise their pay", "Lea Marsh", "indirect", A, False)]),
    ("The coach apologized to the fans, and vowed to win the next match.",
     [("to win the next match", "coach", "indirect", A, False)]),
    ("Two players accused the referee of bias in that match.", [("the referee of bias", "players", "indirect", A, False)]),
    # --- a coordinated clause whose reporting verb has nothing to report stays in the content before it
    ("Principal Ann Cole said the forms were sent out, and already more than 90 had responded positively.",
     [("more than 90 had responded", "Ann Cole", "indirect", A, False)]),
    # --- "that" after a prepositional phrase, also when the verb heads a clause after an apposition
    ("Transit chief Ron Hale, who was suspended by the mayor, said in a statement that the line would reopen.",
     [("the line would reopen", "Ron Hale", "indirect", A, False)]),
    ("Transit chief Ron Hale, who was suspended by the mayor, pledged to the board in May that the line would reopen.",
     [("the line would reopen", "Ron Hale", "indirect", A, False)]),
    ("The mayor said to the crowd that the pool would close.", [("the pool would close", "mayor", "indirect", A, False)]),
    ("Last month, the agency testified to the council that it had reached 60 percent of tenants.",
     [("it had reached 60 percent", "agency", "indirect", A, False)]),
    # --- sentences that must yield no attributed claim
    ("The train leaves at eight o'clock.", []),
    ("The city plans a new park on the river.", []),
    ("Shop owners fear that customers will stay away.", []),
    ("The new bridge is due to open in 2030.", []),
    ("The museum shows paintings from the \"Golden Age\".", []),
    ("The union is demanding higher wages.", []),
    ("Read more about the topic here:", []),
    ('The film "The Long Night" opens on Thursday.', []),
    ("In 2020 the building was renovated.", []),
    ("The report was published on Monday.", []),
    ("She said goodbye to her colleagues.", []),
    ("He was told to leave the building.", []),
    ("Three people were injured in the crash.", []),
    ("The man led employees to believe his girlfriend was on the way.", []),
    ("Asked what he thought of the plan, the mayor smiled.", []),
    ("She was seen greeting people door-to-door or adding emphasis through a bullhorn.", []),
    ("The hunter was shot, but the witness cannot say how it happened.", []),
    ("The minister did not say whether the talks would resume.", []),
    ("Deyal told this newspaper.", []),
    ("If you believe that the letter was not libellous, contact us.", []),
    ("Prices spiked to $900 per megawatt-hour.", []),
    ('In the end, "we lost everything we owned."', []),
    ('The mayor sighed, "We will have to start again."', []),
    ('Practice your look when you say, "Me, a princess? Shut up!"', []),
    ("Police cited the driver for speeding.", []),
    ("The study cited by the mayor was old.", []),
    ("It also cited a lack of money.", []),
    ("Reports were made in pencil on the back of the form.", []),
    ("Claims were made on the insurance after the flood.", []),
    ("It was announced with a loud bell.", []),
    ("He thanked the volunteers, who said nothing.", []),
    # --- a short tag set off by commas inside the clause: the content is the clause around it
    ("Mayor Tom Baker spoke on Monday. The plan, he said, will cost the city more than expected.",
     [("will cost the city", "Tom Baker", IND, A, False)]),
    ("Engineer Anna Cole inspected the dam, which, she said, had cracked in two places.",
     [("had cracked in two places", "Anna Cole", IND, A, False)]),
    ("Those gates, the guard says, will now be locked at night.", [("will now be locked", "guard", IND, A, False)]),
    # a surname alone as the source is the antecedent of a later "he" (the full name came before)
    ("The new tenant, Rafiq Dorsan, moved in last spring. Dorsan said the flat was damp. The landlord sent a "
     "plumber in May. Later he said the pipes had burst twice.",
     [("flat was damp", "Dorsan", IND, A, False), ("pipes had burst twice", "Dorsan", IND, A, False)]),
    ("The plan, he hoped, would cost less.", []),
    # a pronoun with a verb clitic after the addressee opens the clause ("told CNN it's …"), no genitive
    ("Coach Ruth Kane told CNN it’s the best team in years.", [("the best team", "Ruth Kane", IND, A, False)]),
    ("The council approved the park, and planner Omar Haddad told the paper that's what residents wanted.",
     [("what residents wanted", "Omar Haddad", IND, A, False)]),
    # an untagged quote right after a long tagged quote of several sentences goes on with its speaker
    ("Mayor Dana Reyes spoke on Monday. \"The guard came. He said, 'We got a call.' Then he asked, 'Is he gone?' "
     "We said, 'No.' He said, 'Fine, call us,'\" Reyes said. \"Then they just drove off.\"",
     [("The guard came", "Reyes", DIR, A, False), ("Then they just drove off", "Reyes", DIR, A, False)]),
    # a name of unknown gender that a "he" stood for is no antecedent of a later "she"
    ("The dam is safe, says Quenna Marsh, a geologist. The dam leaks, says Zorbek Tallin, an engineer. "
     "\"It has leaked for years,\" he says. The town has no plan. \"We need a new dam,\" she says.",
     [("It has leaked for years", "Zorbek Tallin", DIR, A, False), ("We need a new dam", "Quenna Marsh", DIR, A, False)]),
    # a relative clause after a preposition: its subject is the source ("for which X said …")
    ("The bill passed with 300 more votes than the rival plan, for which Lee said he’s grateful.",
     [("he’s grateful", "Lee", IND, A, False)]),
    ("The union won a raise, about which the director said little.", []),
    ("The bridge, the old one, will be closed at night.", []),
    ("She mentioned the budget in her speech.", []),
    ("Prices are projected to rise next year.", []),
    ("The projected growth is small.", []),
    ("She pledged her support.", []),
    ("The two men were accused.", []),
    ("Young people accused of a crime will meet a mentor.", []),
    ("The judge looked at the accused and sighed.", []),
    ("Of all the pledges that won the vote, this one is the oldest.", []),
    ("The county's confirmed caseload is nearly 2,000.", []),
    ("The most commonly reported side effects are mild.", []),
    ("Older patients benefit less, which suggests that the dose is too low.", []),
    ("The pilots said nothing about the delay.", []),
    # --- the wider verb inventory: concession, repetition, assessment, demand, particle verbs,
    # the progressive; each with a use that reports nothing
    ("The treasurer reiterated that the fund was safe.", [("fund was safe", "treasurer", IND, A, False)]),
    ("The coach conceded the team had played badly.", [("team had played badly", "coach", IND, A, False)]),
    ("The engineer pointed out that the bridge was too narrow.", [("bridge was too narrow", "engineer", IND, A, False)]),
    ("The engineer pointed out the crack to the inspectors.", []),
    ("Doctors are warning that the wards are full.", [("wards are full", "Doctors", IND, A, False)]),
    ("The union called for an inquiry into the accident.", [("inquiry into the accident", "union", IND, A, False)]),
    ("She called the fire brigade at once.", []),
    ("The analyst estimated the repairs would take a year.", [("repairs would take a year", "analyst", IND, A, False)]),
    ("The harbour, the captain continued, needs a new pier.", [("needs a new pier", "captain", IND, A, False)]),
    ("Prices continued to climb in the spring.", []),
    ("The club agreed to sell the stadium.", []),
    # a tag after a short adverbial that opens the sentence: the clause after the tag is the content
    ("Meanwhile, the governor said, the harbour will stay closed.", [("harbour will stay closed", "governor", IND, A, False)]),
    ("In March, she said, the plant will close for good.", [("plant will close for good", "she", IND, A, False)]),
]


RELAYS = [
    ("The mayor told Reuters the bridge would reopen in May.", "mayor", ["Reuters"]),
    ("An aide told CNN that the president would veto the bill.", "aide", ["CNN"]),
    ("The official told The Associated Press that talks had stalled.", "official", ["Associated Press"]),
    ("According to a report in the Washington Post, an official said the plan had been dropped.", "official",
     ["Washington Post"]),
    ("Mayor Ruth Okafor told the council the pool would close.", "Ruth Okafor", []),
    ("The Kiel newspaper Kuestenpost reported that the captain had warned the port of a leak.", "captain",
     ["Kuestenpost"]),
    ("The newspaper reported that Minister Jan Roe had said the plan was dead.", "Jan Roe", ["newspaper"]),
    ("The Washington Post reported that the deal was dead.", "Washington Post", []),
    ("The Post reported that the senator had warned of a shutdown.", "senator", ["Post"]),
    ("The Evening Herald reported that Mayor Ann Lee had said the pool would close.", "Ann Lee", ["Evening Herald"]),
    ("The Herald reported that the dam was unsafe.", "Herald", []),
    ("Officer Tom Post reported that the driver had warned of ice.", "Tom Post", []),
    ("The post office reported that the clerk had warned of delays.", "post office", []),
]


@pytest.mark.parametrize(("text", "source", "via"), RELAYS, ids=[r[0][:40] for r in RELAYS])
def test_english_relay(text: str, source: str, via: list) -> None:
    """Who passed the claim on: an outlet the source spoke to, or the report it appeared in."""
    claims = [c for c in claims_of(text, "en") if c.mode != "assertion"]
    assert len(claims) == 1, [c.span.text for c in claims]
    assert source.lower() in names(claims[0]).lower()
    assert [v.name for v in claims[0].via] == via


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_english_construction(text: str, expected: list) -> None:
    claims = [c for c in claims_of(text, "en") if c.mode != "assertion"]
    if not expected:
        assert claims == [], [(c.mode, c.span.text) for c in claims]
        return
    for anchor, source, mode, stance, hedged in expected:
        hits = [c for c in claims if anchor in c.content.text]
        assert hits, f"no claim content holds {anchor!r}: {[c.content.text for c in claims]}"
        c = hits[0]
        if source is None:
            assert c.source is None or c.source.kind in ("unnamed", "anonymous"), names(c)
        else:
            assert source.lower() in names(c).lower(), names(c)
        assert (c.mode, c.stance, c.hedged) == (mode, stance, hedged)
        assert c.content.text == text[c.content.start:c.content.end]
        assert c.span.start <= c.content.start and c.content.end <= c.span.end


# a quoted paragraph goes on with the speaker of the paragraph before only when that paragraph
# ends with the speaker's quote; the outlet's own sentence after it breaks the chain, and the
# person named last (rules/person_before.py, person_nearby) reaches one paragraph back only
QUOTE_PARAGRAPHS = [
    ('"The roof leaks. The walls are damp. The heating fails," said caretaker Jonas Bell.\n'
     'The council has not replied.\n"We have asked three times and heard nothing."', "asked three times"),
    # the quote's own paragraph names another person first: the quote is theirs
    ('"The roof leaks," said caretaker Jonas Bell.\n'
     'The tenants\' lawyer, Maria Stone, was briefer. "We have asked three times and heard nothing."', "asked three times"),
]


def test_a_quote_paragraph_right_after_the_outlets_sentence_is_the_person_named_last() -> None:
    text = ('"The roof leaks. The walls are damp. The heating fails," said caretaker Jonas Bell. The council has not replied.\n'
            '"We have asked three times and heard nothing at all."')
    claims = [c for c in claims_of(text, "en") if c.mode != "assertion"]
    assert any("asked three times" in c.content.text and "Jonas Bell" in names(c) for c in claims)


@pytest.mark.parametrize(("text", "anchor"), QUOTE_PARAGRAPHS, ids=[r[1] for r in QUOTE_PARAGRAPHS])
def test_quote_paragraph_after_the_outlets_sentence_is_not_the_speakers(text: str, anchor: str) -> None:
    claims = [c for c in claims_of(text, "en") if c.mode != "assertion"]
    assert any("roof leaks" in c.content.text and "Jonas Bell" in names(c) for c in claims)
    assert not any(anchor in c.content.text and "Jonas Bell" in names(c) for c in claims), \
        [(c.content.text, names(c)) for c in claims]


def test_enough_rows() -> None:
    assert len(ROWS) >= 80


# "it" is never a person: after a person's claim it stands for no source, so no claim
IT_AFTER = [
    ("Mayor Ann Lee said the pool would close. It also cited a lack of money.", 1),
    ("Mayor Ann Lee said the pool would close. It said the roof leaked.", 1),
    ("The council said the pool would close. It also cited a lack of money.", 2),
]


@pytest.mark.parametrize(("text", "count"), IT_AFTER, ids=[r[0][-30:] for r in IT_AFTER])
def test_it_stands_for_an_organisation_only(text: str, count: int) -> None:
    claims = [c for c in claims_of(text, "en") if c.mode != "assertion"]
    assert len(claims) == count, [(names(c), c.content.text) for c in claims]
    assert all(names(c).lower() != "it" for c in claims)


def test_relative_clause_report_ends_at_its_comma() -> None:
    """ "The coach, who said X, resigned": the main clause's predicate is not part of the content."""
    claims = [c for c in claims_of("The coach, who said the team was tired, resigned on Monday.", "en")
              if c.mode != "assertion"]
    assert [c.content.text for c in claims] == ["the team was tired"]
    assert "coach" in names(claims[0])


def test_colon_quote_after_a_participle_has_no_lead_claim() -> None:
    """ "X used his speech to warn …, adding: “…”": the quote is X's; the clause before the comma is
    the outlet's narration, not a second claim (the German "sagte der Zeitung:" rule must not fire)."""
    from .helpers import check

    check('Ron Hale used his speech to warn against a rushed plan, adding: "We need more time for this."',
          [("We need more time", "Ron Hale", "direct", A, False)], lang="en")


def test_heading_verb_after_an_apposition_has_the_clause_after_it_as_content() -> None:
    """ "X, who …, said in a statement that Y": Y is the content, not the apposition before the verb."""
    text = "Transit chief Ron Hale, who was suspended by the mayor, said in a statement that the line would reopen."
    claims = [c for c in claims_of(text, "en") if c.mode != "assertion"]
    assert [c.content.text for c in claims] == ["the line would reopen"]
