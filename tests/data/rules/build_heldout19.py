#!/usr/bin/env python3
"""Build heldout19: a blind held-out set for aqm's compliance rules and call categories.

Standard library only. `python3 build_heldout19.py` writes heldout19.jsonl, validates it and
prints the count tables; `--check` rebuilds in memory and checks byte-identity; `--plant` runs
the planting test of the independent text check.
"""
import hashlib
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout19.jsonl"
SEED = "heldout19-20261904"
SPLIT = "heldout19"
RULES = [
    "inbound/greeting", "inbound/company_name", "inbound/self_intro", "inbound/offer_help",
    "inbound/confirm_problem", "inbound/resolution", "inbound/anything_else", "inbound/thanks",
    "inbound/goodbye", "inbound/greeting_before_resolution", "inbound/thanks_before_goodbye",
    "outbound/identify_self", "outbound/identify_company", "outbound/purpose",
    "outbound/recording_disclosure", "outbound/consent", "angry_caller/empathy",
    "angry_caller/no_blame", "angry_caller/no_interrupting_angry_customer",
    "forbidden/profanity", "forbidden/profanity_vi_strict", "forbidden/rude",
    "forbidden/no_card_readback",
]
IN_RULES = RULES[:11]
OUT_RULES = RULES[11:16]
GEN = ["angry_caller/empathy", "angry_caller/no_blame",
       "angry_caller/no_interrupting_angry_customer", "forbidden/profanity",
       "forbidden/rude", "forbidden/no_card_readback"]
CATS = ["address_change", "billing", "cancellation", "card_lost", "complaint", "fraud",
        "outage", "payment", "refund"]


def rng_for(text):
    return random.Random(int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16))


# ---------------------------------------------------------------- English wordings
# scenario: key, categories, problem, restatement, resolution, extra dict
EN_IN = [
    ("mortgage overpayment into savings", ["payment"],
     "I made a two thousand pound overpayment on my mortgage last Tuesday and it went into my"
     " savings instead.",
     "So the two thousand meant to bring the mortgage down landed in your savings, and you"
     " want it moved where it was meant to go.",
     "I've raised a correction; the money moves across to the mortgage within two working"
     " days, and a letter with the new balance follows.", {}),
    ("festival resale tickets", ["refund"],
     "I paid for festival tickets on a resale site, they never came, and the site won't give"
     " me my money back.",
     "You paid a resale site for tickets, nothing arrived, and you'd like the money returned.",
     "I've opened a chargeback for the hundred and eighty pounds; the seller has fourteen days"
     " to answer and we'll write to you with the outcome.",
     {"rq": "So the tickets never turned up, and you want the hundred and eighty back?"}),
    ("lottery win held", [],
     "I won eleven grand on the lottery and the deposit's been frozen, I can't touch it.",
     "The lottery money has come in but it's on hold and you can't use it yet.",
     "That's a routine source of funds check; upload a photo of the winner's letter in the app"
     " today and the hold lifts within forty-eight hours.", {}),
    ("gym still charging", ["billing", "refund"],
     "I cancelled my gym in March and they're still taking forty quid a month, I want it back.",
     "The gym has carried on charging you since you cancelled in March, and you want those"
     " payments returned.",
     "I've stopped the recurring payment on the card and claimed back the three payments since"
     " March; expect the money within ten working days.",
     {"rq": "So you cancelled in March, they kept charging, and you want it refunded?"}),
    ("card skimmed at petrol station", ["fraud"],
     "There are four payments on my card I never made, they started after I filled up at a"
     " petrol station on the ring road.",
     "Four transactions you don't recognise, all starting after you used the card at a petrol"
     " station.",
     "I've blocked the card, a new one arrives by Thursday, and the four payments are disputed;"
     " a temporary credit shows tomorrow.", {}),
    ("rent split between flatmates", [],
     "Me and my flatmates split the rent and I want each of them to pay me their share every"
     " month without chasing.",
     "You'd like your flatmates' shares of the rent to come into your account on a schedule.",
     "I'll send each flatmate a payment request link from the app so they can set a standing"
     " order; the steps are in your inbox now.", {}),
    ("father's power of attorney", [],
     "My dad is eighty-six and I've got lasting power of attorney now, I need to run his"
     " account.",
     "You hold power of attorney for your father and need access to manage his account.",
     "Post us a certified copy of the registered document; once it's logged, about five days,"
     " you'll get your own login for his account.", {}),
    ("boat loan wrong rate", ["billing"],
     "My boat loan statement shows nine per cent interest, but the agreement says six point"
     " nine.",
     "The statement is charging a higher rate than the six point nine in your agreement.",
     "The wrong rate was applied; I've corrected it and the extra interest is credited back to"
     " the loan by Friday.", {}),
    ("landlord deposit protection", [],
     "I'm a landlord, my tenant's deposit sits in a protected account and the tenancy ends on"
     " Friday.",
     "Your tenant is leaving and the protected deposit needs releasing.",
     "Release needs both signatures; I'm emailing the release form now, and once you both sign"
     " it the money pays out within three days.", {}),
    ("divorce joint account", ["cancellation"],
     "My wife and I are divorcing, we want the joint account closed and the money split.",
     "You and your wife want the joint account shut and the balance divided between you.",
     "I'm posting a closure form to each of you; once both signatures are back the balance is"
     " split into your own accounts and the joint one closes.", {}),
    ("crowdfunding payout held", [],
     "I raised money for my neighbour's operation on a crowdfunding page and the payout's been"
     " held a week.",
     "The money raised for your neighbour has been sitting on hold for a week.",
     "It's with our review team; I've asked them to prioritise it and they'll ring you at four"
     " tomorrow afternoon with a decision.", {"tag": "resolution_callback_at_time"}),
    ("bakery card terminal offline", ["outage"],
     "It's market day and my card terminal's offline, people can't pay for their bread.",
     "Your card terminal at the bakery stall won't connect and you're losing sales today.",
     "There's a fault on our merchant network, due back within the hour; until then take"
     " payments with tap to pay in the business app.", {}),
    ("ISA transfer first-time buyer", [],
     "I'm buying my first flat and I want to bring my ISA over from my old bank.",
     "You'd like your ISA moved from your old bank to us before the purchase.",
     "I've started the transfer; your old bank has fifteen working days to send it and you'll"
     " get a text when it lands.", {}),
    ("student guarantor letter", [],
     "I'm a student, and my landlord wants a letter from my bank for the guarantor thing.",
     "Your landlord needs a bank letter to back up the guarantor on your rent.",
     "I've ordered a bank reference letter; it'll be in the documents section of your app in"
     " two working days.", {}),
    ("stolen phone with app", ["card_lost"],
     "My phone got nicked on the bus last night, the banking app and my card are on it.",
     "Your phone was stolen with the app and the card stored on it, and you want them locked.",
     "I've frozen the card on the phone and signed the app out everywhere; a new card number is"
     " issued and you log in again on your new phone.", {"tag": "stolen_phone_is_card_lost"}),
    ("flood new address", ["address_change"],
     "The house flooded and we're at my sister's for six months, I need my address changing.",
     "You need the address updated to your sister's while the house is repaired.",
     "I've updated the address from today; statements and any new card go to your sister's.",
     {"rq": "So you're at your sister's for now, and you want letters sent there?"}),
    ("ATM abroad kept card", ["card_lost"],
     "I'm in Lisbon and the cash machine's kept my card, it just didn't give it back.",
     "A cash machine in Lisbon held on to your card and you're abroad without it.",
     "I've cancelled that card and sent an emergency card to your hotel within two days; use"
     " the virtual card in the app until then.", {}),
    ("arrangement fee complaint", ["billing", "complaint", "refund"],
     "I've been charged a twenty-five pound arrangement fee I never agreed to, I want it back"
     " and I want to make a formal complaint.",
     "There's a fee you never agreed to, you want it refunded and a formal complaint logged.",
     "The complaint is logged and the twenty-five pounds is refunded while it's reviewed; you'll"
     " get our answer in writing within eight weeks.", {}),
    ("pay off credit card", ["payment"],
     "I want to pay off my whole credit card balance from my current account today.",
     "You'd like the credit card cleared now from your current account.",
     "Done, six hundred and twelve pounds is paid and it shows on the card within the hour.",
     {}),
    ("app login down", ["complaint", "outage"],
     "Your app hasn't let me in for three days and it's really not good enough.",
     "You've been locked out of the app for three days and you're unhappy about it.",
     "There's a known login fault since the update; version five point two fixes it, and I've"
     " recorded your complaint on the account.", {}),
    ("allotment standing order", ["cancellation"],
     "I want the monthly standing order to the allotment society stopped, I gave up the plot.",
     "The standing order to the allotment society needs cancelling now the plot's gone.",
     "That standing order is cancelled; no more payments go out from the first.", {}),
    ("unarranged overdraft charge", ["billing"],
     "Why is there a fifteen pound overdraft charge on my statement?",
     "You're asking about a fifteen pound overdraft charge that's shown up on your statement.",
     "A direct debit cleared a day before your wages; I've reversed the charge as a one-off and"
     " you'll see it tonight.", {}),
    ("wallet left in taxi", ["card_lost"],
     "I left my wallet in a taxi, both my cards were in it.",
     "Your wallet with both cards in it has gone in a taxi.",
     "Both cards are stopped and replacements posted today, so you'll have them by Monday.",
     {"rq": "So both cards were in the wallet, and you want them stopped?"}),
    ("council tax from savings", ["payment"],
     "My council tax is due tomorrow and I need to pay it out of my savings account.",
     "You want the council tax paid today from your savings.",
     "I've sent three hundred and four pounds to the council from your savings; it arrives"
     " today.", {}),
    ("unknown game subscription", ["fraud", "refund"],
     "A game subscription I've never heard of is taking money off me, I want it stopped and"
     " the money back.",
     "A subscription you never signed up for is charging you, and you want it refunded.",
     "I've blocked that merchant and raised a fraud claim for both charges; the money should"
     " land within five days.", {}),
    ("branch closed complaint", ["complaint"],
     "I want to complain, my branch shut with no notice and now it's a forty minute bus ride.",
     "Your branch closed without warning and you're now travelling forty minutes, and you want"
     " that complaint recorded.",
     "We can't reopen the branch, but the mobile van stops at your library every Wednesday"
     " morning; I've logged the complaint and I'm posting you its timetable.",
     {"tag": "resolution_nothing_but_alternative"}),
    ("water bill taken twice", ["billing", "refund"],
     "My water bill went out twice this month, I need one of them back.",
     "The water company took the direct debit twice and you want one returned.",
     "I've raised a direct debit guarantee claim; the extra forty-one pounds is back by"
     " Wednesday.", {}),
    ("close instant saver", ["cancellation"],
     "I want to close my old instant saver and move what's in it to my current account.",
     "You want the instant saver closed and the balance moved to your current account.",
     "The saver is closed and the balance moved; you can see it in your current account now.",
     {}),
    ("sheltered housing address", ["address_change"],
     "I've moved into sheltered housing, flat nine, and my letters need to come here now.",
     "You've moved into sheltered housing and need your letters sent to flat nine.",
     "I've changed the address to flat nine; your next statement goes there.", {}),
    ("loan instalment already paid", [],
     "I paid my loan instalment yesterday, I just want to check it reached you.",
     "You made yesterday's loan payment and want to know it's arrived.",
     "It arrived and posted to the loan this morning; the next one is due on the fifth.",
     {"decoy": "payment_already_made"}),
    ("shop website failing", [],
     "The furniture shop's website keeps crashing when I try to pay, is my card blocked?",
     "A shop's website keeps failing at the payment and you're worried the card is blocked.",
     "Your card is fine with no declines on our side; the fault is on the shop's site, so try"
     " later or pay them by bank transfer.", {"decoy": "outage_not_the_bank"}),
    ("monthly fee question", ["billing"],
     "What does the monthly fee on my new account actually cover?",
     "You'd like to know what the monthly fee on the new account pays for.",
     "It covers travel insurance and phone cover; I can also see it was taken twice last month,"
     " so I've put the extra five pounds back.", {"decoy": "refund_offered_unasked"}),
    ("asking about closing card", [],
     "If I closed my credit card would it hurt my credit score? I'm not closing it, I'm just"
     " asking.",
     "You're asking how closing the card would affect your score, not closing it now.",
     "Closing it lowers your available credit so the score might dip; keeping it open costs"
     " nothing, and I've emailed you our guide.", {"decoy": "cancellation_asked_not_wanted"}),
    ("mum's card casino payments", ["fraud"],
     "My mum's card has three payments to an online casino and she's never gambled in her life.",
     "Your mum's card shows three casino payments she didn't make.",
     "I've blocked your mum's card and raised the claim; she rings us with you to confirm, and"
     " a new card is posted.", {"decoy": "fraud_family_member_card"}),
    ("parcel firm lost delivery", [],
     "The parcel firm lost my delivery and I'm fuming with them, I only need to know the money"
     " reached the shop.",
     "The courier lost your parcel and you want to check the payment reached the shop.",
     "Yes, the sixty pounds reached the shop on Monday; the shop is the one to chase the"
     " courier.", {"decoy": "complaint_about_other_company"}),
    ("address check letter", [],
     "I had a letter asking me to check my details, my address is still the same, I'm just"
     " confirming.",
     "You got a letter about checking your details and your address hasn't changed.",
     "Your address on file is right, so nothing needs changing; I've marked the check done.",
     {"decoy": "address_confirmed_unchanged"}),
]

EN_OUT = [
    ("flagged Rotterdam payment", ["fraud"],
     "I'm calling about a nine hundred pound payment to an electronics shop in Rotterdam that"
     " our system stopped.",
     "That's not me, I've never bought anything there.",
     "Then I'll block the card now and cancel the payment; a new card reaches you in three to"
     " five days.", {}),
    ("missed mortgage payment", ["payment"],
     "I'm calling because this month's mortgage payment didn't go through.",
     "Oh no, my wages were late, can I pay it now?",
     "Yes, I've taken it now from your current account and there's no late fee.", {}),
    ("statements returned", ["address_change"],
     "I'm calling because your last two statements came back marked not known at this address.",
     "I moved in June and forgot to tell you, it's twelve Harbour Row now.",
     "I've changed it to twelve Harbour Row and the statements go out again this week.", {}),
    ("foreign fee in error", ["billing", "refund"],
     "I'm calling because we charged you a foreign transaction fee in error on Saturday.",
     "I did wonder about that, I'd like that back then.",
     "It's refunded now, six pounds twenty, and you'll see it tomorrow.", {}),
    ("branch queue complaint", ["complaint"],
     "I'm calling to follow up the complaint you made about the queue at our Leeds branch.",
     "Yes, two hours I stood there, it was a disgrace.",
     "We've added Saturday staff and I've paid fifty pounds into your account as a goodwill"
     " gesture.", {}),
    ("replacement card check", ["card_lost"],
     "I'm calling about the card you reported lost at the weekend, to see if the new one"
     " arrived.",
     "It hasn't come yet, no.",
     "I'll send another by special delivery, it'll be with you tomorrow before one.", {}),
    ("bond maturing", [],
     "I'm calling because your fixed rate bond matures next week.",
     "Right, what are my options?",
     "You can roll it into a one year bond at four point one per cent or have it paid into your"
     " current account; I'll email both today.", {}),
    ("phone insurance renewal", ["cancellation"],
     "I'm calling because the phone insurance on your account renews next month.",
     "I don't want it any more, please cancel it.",
     "It's cancelled; there'll be no more premiums after this month.", {}),
    ("app outage follow-up", ["outage"],
     "I'm calling because the app outage on Tuesday affected your account and we want to check"
     " you're back in.",
     "It works now, but I missed paying a bill because of it.",
     "I'll add a note so any late fee from that day is covered, and I'll post you a letter for"
     " the biller.", {}),
    ("overdraft fee review", ["billing"],
     "I'm calling to review the overdraft fees on your account with you.",
     "They do seem high, I use it most months.",
     "I've moved you to the daily capped tariff from next month, so the most you pay is ten"
     " pounds.", {}),
    ("callback after cut off", ["card_lost"],
     "I'm ringing you back because we got cut off while you were reporting your lost purse.",
     "Yes, the card was in the purse.",
     "I've stopped the card and ordered a new one, it'll arrive in three days.",
     {"tag": "callback_after_cut_off"}),
    ("car loan quote", [],
     "I'm calling about the car loan quote you asked for online.",
     "I've found a cheaper one elsewhere actually.",
     "No problem, I've closed the quote and you won't hear from us about it again.", {}),
]

EN = {
    "company_forms": ["acme", "egg me", "ackem", "arkmy"],
    "misheard": ["egg me", "ackem", "arkmy"],
    "brand": "you're through to the Acme Platinum card line,",
    "team": "cards team,",
    "quickq": "Hello? Sorry, quick one first, has my new PIN been posted?",
    "quicka": "It went out yesterday, so you'll have it Thursday.",
    "hello_first": "Hello? Hello, is that the bank?",
    "callback_pre": "Hi, I rang about twenty minutes ago and got cut off, so, ",
    "security": [
        ("Before we go on I need three security answers. Your date of birth, please?",
         "Fourteenth of May, nineteen seventy-one."),
        ("Thanks. The first line of your address?", "Forty-two Mill Lane."),
        ("And the name of your first school?", "Saint Anne's."),
    ],
    "checking": "Lovely, that's all matched, bear with me while it loads.",
    "yes": ["Yes, that's it.", "Exactly, yeah.", "That's right.", "Yep, that's the one."],
    "no_restate": ["Okay.", "Right.", "Mm."],
    "ok": ["Okay, great.", "Brilliant, that's a relief.", "Right, fine.", "Okay, that works."],
    "vague": ["I'll pass it on and someone might look at it.",
              "Yeah, these things usually sort themselves out.",
              "Not sure, to be honest, it could be anything."],
    "nothing_more": ["No, that's everything.", "No, that's all.", "Nope, that's it."],
    "no_anyelse": "Right then.",
    "cust_bye": ["Thanks, bye.", "Cheers, bye now.", "Thank you, bye bye."],
    "agent_okay": "Okay.",
    "transfer": "I'll put you through to our specialist team now, one moment.",
    "specialist": "{s} from the specialist team here, I've read the notes.",
    "spec_names": ["Dana", "Imran"],
    "early_bye": "Lovely, bye for now then.",
    "early_back": "Oh wait, sorry, before you go, one more thing.",
    "early_ok": "Of course, go on.",
    "early_q": "Will I get a letter about all this?",
    "early_a": "Yes, it goes out in tomorrow's post.",
    "mid_thanks": ["Thanks for that.", "Thank you for waiting.", "Thanks, that's useful."],
    "fillers": [
        ("Can I just check the phone number we've got still ends in four two?",
         "Yes, that's still mine."),
        ("Is the best contact email still the one on file?", "It is, yes."),
        ("Have you had any texts from us about this?", "Not that I've seen."),
        ("Are you happy for me to add a note to the account?", "Yes, please do."),
        ("Do you still bank on the app mostly, or online?", "Mostly the app."),
        ("Would you like a text when it's done?", "That'd be good, thanks."),
        ("Was this on the account ending two seven?", "That's the one."),
        ("Is there a time of day that's best to reach you?", "Mornings, really."),
    ],
    "problem2": ("And while I've got you, my debit card expires next month and no new one"
                 " has come.",
                 "So on top of that, your debit card runs out next month and the"
                 " replacement hasn't arrived.",
                 "The new card was held for an old address; I've reissued it to you and it"
                 " arrives within five days.", []),
    "anger": [
        "This is ridiculous, twenty years I've banked with you and this is what I get!",
        "I'm absolutely fed up, nobody at your place ever sorts anything out!",
        "Are you joking? Forty minutes on hold for this!",
        "I'm sick of it, every time I ring it's another excuse!",
        "Do you know how much stress this has caused me? It's a shambles!",
        "Honestly, I'm livid, this is the third time this year!",
    ],
    "anger2": ["And another thing, why did nobody write to me about it?!",
               "It's disgraceful, really, it shouldn't take a phone call!"],
    "empathy": [
        "I'm really sorry, that's an awful experience and I understand why you're upset.",
        "I'm so sorry you've been through that, I'd be frustrated too.",
        "I completely understand, and I'm sorry we've let you down.",
        "I'm really sorry, that shouldn't have happened to you.",
    ],
    "flat": ["Right. Can you give me the sort code again?",
             "Okay. Let me carry on with the checks.",
             "Noted. I'll keep going on the account."],
    "cut_in": ["Hold on, hold on, let me just finish reading this.",
               "Wait, wait, I need the account number first."],
    "cut_in_emp": ["I'm so sorry, I hear you, let me sort this.",
                   "I'm really sorry, I understand, let me fix it."],
    "calm_after": ["Okay. Thank you, sorry for snapping.", "Fair enough, thanks for that."],
    "calm_cut": "Right, got it, I'll pull that up.",
    "blame": [
        "Why didn't you read the terms before you signed?",
        "Well, you should have checked the amount before you pressed send.",
        "That's on you, you gave them the code.",
        "If you'd told us you'd moved, this wouldn't have happened.",
        "You must have typed it wrong, our system doesn't make those mistakes.",
        "Leaving the card in the wallet was your own fault, really.",
        "Didn't anyone ever tell you not to click links in texts?",
        "You agreed to it, so I don't see what you're moaning about.",
        "I understand. But you're the one who missed the payment, not us.",
    ],
    "rude": [
        "Look, I've already explained that twice.",
        "Whatever, it's your money.",
        "Haaah. Fine. Go on then.",
        "Look, I haven't got all day.",
        "Yeah, whatever you say.",
        "Ugh, this again.",
        "Look, just listen for once.",
        "Mate, I'm not a mind reader.",
        "Fine, whatever, hold on.",
    ],
    "rude_reply": "Oh. Okay.",
    "swear": [
        "Oh shit, the screen's frozen again.",
        "This fucking system, hang on.",
        "Bollocks, it's logged me out.",
        "Bloody thing's crashed on me.",
        "What a load of crap this software is.",
        "I'm pissed off with this computer today.",
        "Shit, wrong account, one second.",
        "Fucking hell, it's slow this morning.",
        "Bollocks to this, one moment.",
    ],
    "swear_reply": "Er, okay, I'll wait.",
    "card_intro": "Can you read me the long card number, please?",
    "cust_card": "It's 4929 1034 5567 8812.",
    "card": [
        [("So that's 4539 2211 0876 5544, is that right?", "card")],
        [("I've got 4 5 39 22 1 1 08 76 55 44, yes?", "card")],
        [("Four five three nine, two two one one,", "card")],
        [("four four five six, seven one two oh, three three eight one, nine nine oh two,"
          " correct?", "card")],
        [("And the security code on the back is 8 1 3, yes?", "card")],
        [("CVV nine two seven, got it.", "card")],
        [("Reading it back, 5412 7534 9910 0032.", "card")],
        [("That's 45 32 77 18 90 12 33 41?", "card")],
        [("Card 4929 1034 5567 8812, expiring oh four twenty-seven.", "card")],
    ],
    "card_split2": "oh eight seven six, five five four four, is that it?",
    "card_pass": [("So that's the card ending 4471.", "last_four_only"),
                  ("And the expiry's oh nine twenty-eight, thanks.", "expiry_readback_pass")],
    "card_yes": "Yes, that's it.",
    "calm_interrupt_cust": "And the other thing is, well, I don't really know where to start",
    "out_hello": ["Hello?", "Hello, who's this?", "Yeah, hello?"],
    "out_greet": ["Hello,", "Good morning,", "Hi there,"],
    "out_name": "this is {n}",
    "out_company": "calling from Acme Bank.",
    "out_team": "calling from the accounts team.",
    "out_record": "Just so you know, this call is recorded for training and quality.",
    "out_consent": ["Is that all right with you?", "Are you okay to carry on on a recorded line?"],
    "out_consent_ok": "Yeah, that's fine.",
    "out_who": "Yes, speaking.",
    "out_check": [
        ("Before I explain, can you confirm your date of birth for me?", "Third of March."),
        ("And the postcode on the account?", "It's the one ending four D."),
        ("And your mother's maiden name?", "Hughes."),
    ],
    "out_close": ("Thanks for your time today,", "goodbye."),
    "tbg": ("Bye for now,", "oh, and thanks for calling."),
    "out_cust_close": "Okay, bye.",
}

# style: greet, company, name template, offer, anyelse, thanks, bye, restate prefix, flavour
EN_STYLES = {
    "long formal sentences": dict(
        agents=["Margaret Ellison", "Theodore Banks"],
        greet="Good afternoon,", company="and welcome to Acme Bank,",
        name="my name is {n},",
        offer="and it would be my pleasure to assist you with whatever brings you to us.",
        anyelse="Is there anything further at all that I might assist you with today?",
        thanks="Thank you very much indeed for calling us,", bye="and goodbye.",
        pre="If I have understood you correctly,"),
    "uses the customer's name": dict(
        agents=["Kezia Moore", "Daniel Price"],
        greet="Hello there,", company="Acme Bank,", name="{n} speaking,",
        offer="what can I do for you?",
        anyelse="Anything else I can do for you, {c}?",
        thanks="Thanks, {c},", bye="take care now.", pre="{c},"),
    "brisk, answers early": dict(
        agents=["Jo Hart", "Raj Mehta"],
        greet="Morning.", company="Acme.", name="{n}.", offer="Go ahead.",
        anyelse="Anything else?", thanks="Cheers.", bye="Bye.", pre="Right,"),
    "narrates the screen": dict(
        agents=["Lucy Fenwick", "Tom Achebe"],
        greet="Hi,", company="Acme Bank,", name="this is {n},",
        offer="I've just got my screen up, how can I help?",
        anyelse="I'm just closing the case now; was there something else on your mind?",
        thanks="Thank you for calling,", bye="goodbye now.",
        pre="I'm just typing this into the notes:"),
    "many closed questions": dict(
        agents=["Grace Lin", "Owen Hughes"],
        greet="Good morning,", company="Acme Bank,", name="{n} here,",
        offer="can I help you with something today?",
        anyelse="Anything else at all I can check for you?",
        thanks="Thanks for your time,", bye="bye bye.", pre="Let me check I have it:"),
    "Scottish": dict(
        agents=["Callum Reid", "Morag Stewart"],
        greet="Hiya,", company="Acme Bank,", name="it's {n} here,",
        offer="what can I do for you the day?",
        anyelse="Anything else I can do for you while you're on?",
        thanks="Ta,", bye="cheerio then.", pre="Aye, so"),
}

EN_PROFILES = [
    dict(p="a Glasgow bus driver", g="m", touch="I'm on my break between routes, so ",
         speed=1.0, names=["Mr Kerr", "Alasdair"]),
    dict(p="a Cornish fisherwoman", g="f", touch="I've just come in off the boat, my lover, ",
         speed=1.05, names=["Mrs Penhale", "Tamsin"]),
    dict(p="a hospital porter on a break", g="m", touch="I've got ten minutes before the"
         " next ward run, ", speed=0.95, names=["Mr Okoro", "Femi"]),
    dict(p="a self-employed plumber on a job (noisy)", g="m",
         touch="Sorry about the noise, I'm under a sink, ", speed=0.95,
         names=["Mr Doyle", "Gary"]),
    dict(p="a grandmother on speakerphone", g="f",
         touch="I've got you on the speaker, dear, ", speed=1.15,
         names=["Mrs Appleby", "Joan"]),
    dict(p="an anxious student who over-apologises", g="f",
         touch="Sorry, sorry, I'm really sorry to bother you, ", speed=1.0,
         names=["Miss Rahman", "Aisha"]),
    dict(p="a lawyer who wants everything in writing", g="m",
         touch="I'll want this confirmed in writing, ", speed=1.0,
         names=["Mr Whitcombe", "Julian"]),
    dict(p="a man whose first language is Polish", g="m", touch="Hello, my English not so good,"
         " ", speed=1.1, names=["Mr Nowak", "Tomasz"]),
]
EN_WRITING = "And please confirm that to me in writing."

EN_NOISE = dict(
    homo={"hour": "our", "know": "no", "buy": "by", "would": "wood", "some": "sum",
          "there": "their", "heard": "herd", "whether": "weather"},
    split={"payment": "pay ment", "account": "ac count", "someone": "some one",
           "paperwork": "paper work", "landlord": "land lord", "birthday": "birth day",
           "information": "in formation"},
    join={"have to": "hafta", "could have": "coulda", "what do you": "whaddya",
          "let's see": "lessee", "would have": "woulda"},
    fill=["ah", "mm", "okay so", "sort of", "well"],
)

# ---------------------------------------------------------------- Vietnamese wordings
VI_IN = [
    ("tiền hụi chuyển nhầm", ["refund"],
     "Tôi chuyển tiền hụi cho chị chủ hụi mà bấm nhầm số tài khoản, năm triệu lận em ơi.",
     "Dạ tức là chị chuyển năm triệu tiền hụi nhưng nhập sai số tài khoản người nhận, và chị"
     " muốn lấy lại ạ.",
     "Em đã gửi yêu cầu tra soát đến ngân hàng nhận, trong ba ngày làm việc có kết quả và em"
     " nhắn tin báo chị.", {}),
    ("học phí bị trừ hai lần", ["billing", "refund"],
     "Học phí của con tôi bị trừ hai lần trong tháng này, tôi muốn lấy lại một lần.",
     "Dạ khoản học phí của cháu bị trừ trùng, anh muốn được hoàn lại khoản dư ạ.",
     "Em đã lập yêu cầu hoàn khoản trừ trùng, tiền sẽ về tài khoản anh trong năm ngày làm"
     " việc.", {"rq": "Dạ học phí bị trừ hai lần, và anh muốn lấy lại một lần phải không ạ?"}),
    ("vé máy bay Tết không xuất", ["refund"],
     "Tôi mua vé máy bay về quê ăn Tết, tiền trừ rồi mà không có vé, tôi muốn lấy lại tiền.",
     "Dạ anh bị trừ tiền vé nhưng hãng không xuất vé, và anh muốn nhận lại tiền ạ.",
     "Em đã mở khiếu nại với đơn vị thanh toán; nếu bảy ngày nữa hãng không xuất vé thì tiền"
     " được hoàn về thẻ anh.", {}),
    ("bảo hiểm bán kèm khi vay", ["cancellation", "complaint"],
     "Hồi vay tiền nhân viên bắt tôi mua bảo hiểm nhân thọ kèm theo, giờ tôi muốn khiếu nại"
     " và huỷ hợp đồng đó.",
     "Dạ chị bị bán kèm bảo hiểm nhân thọ lúc vay, chị muốn phản ánh và huỷ hợp đồng bảo hiểm"
     " ạ.",
     "Em đã ghi nhận khiếu nại và gửi yêu cầu huỷ sang công ty bảo hiểm, trong mười lăm ngày"
     " chị nhận thư trả lời.", {}),
    ("thẻ bị nuốt ở Đà Lạt", ["card_lost"],
     "Tui đang ở Đà Lạt, cây ATM nuốt mất thẻ của tui rồi.",
     "Dạ thẻ của anh bị cây ATM ở Đà Lạt giữ lại ạ.",
     "Em đã khoá thẻ đó; sáng mai anh mang căn cước ra chi nhánh Đà Lạt đường Trần Phú để nhận"
     " lại thẻ.", {}),
    ("OTP không về khi đóng tiền", ["outage", "payment"],
     "Tôi đóng tiền bảo hiểm xe mà mã OTP không về, thử mấy lần rồi.",
     "Dạ anh đang thanh toán tiền bảo hiểm xe nhưng không nhận được mã xác thực ạ.",
     "Tin nhắn bên nhà mạng đang chậm; em đã chuyển anh sang nhận mã trong ứng dụng, anh thanh"
     " toán lại ngay bây giờ nhé.", {}),
    ("mở tài khoản cho con 15 tuổi", [],
     "Tôi muốn mở tài khoản cho con gái tôi mười lăm tuổi.",
     "Dạ anh muốn mở tài khoản đứng tên cháu mười lăm tuổi ạ.",
     "Anh đưa cháu ra chi nhánh, mang giấy khai sinh và căn cước của anh, mười lăm phút là mở"
     " xong ạ.", {}),
    ("vay mua máy cày", [],
     "Tui muốn vay tiền mua cái máy cày cho vụ tới nghen.",
     "Dạ anh cần khoản vay để mua máy cày trước vụ mùa ạ.",
     "Em đã đăng ký cho anh, cán bộ tín dụng sẽ gọi anh trước mười giờ sáng mai để hẹn thẩm"
     " định.", {"tag": "resolution_callback_at_time"}),
    ("tiền con gửi từ Nhật", [],
     "Con tôi đi xuất khẩu lao động bên Nhật, nó gửi tiền về mấy ngày rồi chưa thấy.",
     "Dạ khoản tiền con chị gửi từ Nhật về mấy ngày nay chưa vào tài khoản ạ.",
     "Tiền đang chờ đối chiếu tên người nhận; chị gửi ảnh căn cước qua ứng dụng hôm nay thì"
     " chiều mai tiền vào.", {}),
    ("Zalo bị hack", ["fraud"],
     "Zalo của tôi bị hack, rồi tài khoản tôi có hai giao dịch lạ tôi không làm.",
     "Dạ Zalo của anh bị chiếm và có hai giao dịch anh không thực hiện ạ.",
     "Em đã khoá dịch vụ trực tuyến và lập hồ sơ tra soát hai giao dịch; anh ra chi nhánh ký"
     " đơn trong ba ngày nhé.",
     {"rq": "Dạ Zalo bị chiếm, rồi có hai giao dịch lạ, anh muốn chặn lại phải không ạ?"}),
    ("tách hộ khẩu đổi địa chỉ", ["address_change"],
     "Nhà tôi vừa tách hộ khẩu, tôi cần đổi địa chỉ trên tài khoản.",
     "Dạ anh cần cập nhật địa chỉ mới sau khi tách hộ ạ.",
     "Em đã cập nhật địa chỉ mới, từ kỳ sau sao kê gửi về địa chỉ này.", {}),
    ("phí thường niên thẻ tín dụng", ["billing"],
     "Sao thẻ tín dụng của tôi bị trừ phí thường niên tám trăm nghìn vậy?",
     "Dạ chị thắc mắc khoản phí thường niên tám trăm nghìn trên thẻ tín dụng ạ.",
     "Phí này thu mỗi năm một lần; nếu ba tháng tới chị chi tiêu đủ hai mươi triệu thì bên em"
     " hoàn lại phí.", {}),
    ("huỷ gói tài khoản doanh nghiệp", ["cancellation"],
     "Tôi muốn huỷ gói tài khoản doanh nghiệp vì công ty tạm ngừng hoạt động.",
     "Dạ anh muốn đóng gói tài khoản doanh nghiệp vì công ty tạm nghỉ ạ.",
     "Em đã gửi mẫu đơn huỷ qua email, anh ký, đóng dấu rồi gửi lại, ba ngày sau gói được"
     " đóng.", {}),
    ("tiền điện trích hai lần", ["billing", "refund"],
     "Tiền điện tháng này bị trích hai lần, tôi muốn lấy lại.",
     "Dạ hoá đơn điện bị trích trùng, chị muốn nhận lại một lần ạ.",
     "Em đã tạo yêu cầu hoàn tiền trích trùng, bảy ngày làm việc tiền về.",
     {"rq": "Dạ tiền điện bị trích hai lần, chị muốn lấy lại một lần đúng không ạ?"}),
    ("mất ví ở bến phà", ["card_lost"],
     "Tôi làm rơi cái ví ở bến phà, trong đó có thẻ ATM.",
     "Dạ anh bị mất ví ở bến phà cùng thẻ ATM ạ.",
     "Em đã khoá thẻ và làm thẻ mới, năm ngày nữa anh nhận ở chi nhánh.", {}),
    ("sổ tiết kiệm đáo hạn", [],
     "Sổ tiết kiệm của tôi đáo hạn hôm qua, giờ tôi phải làm sao.",
     "Dạ sổ tiết kiệm của bác vừa đáo hạn, bác muốn biết các lựa chọn ạ.",
     "Sổ đã tự tái tục kỳ hạn sáu tháng; bác muốn rút thì mang sổ ra chi nhánh, trong hai ngày"
     " đầu rút không mất lãi.", {}),
    ("trả kỳ vay nhà sớm", ["payment"],
     "Tôi muốn trả kỳ vay mua nhà tháng này sớm vài ngày.",
     "Dạ anh muốn trả kỳ vay nhà tháng này trước hạn ạ.",
     "Em đã trích bảy triệu từ tài khoản anh, khoản vay ghi nhận ngay hôm nay.", {}),
    ("phí dịch vụ không báo", ["billing", "complaint"],
     "Tôi muốn phản ánh, tháng nào cũng bị thu phí dịch vụ mà không ai báo trước.",
     "Dạ chị bị thu phí dịch vụ hàng tháng mà không được báo, và chị muốn khiếu nại ạ.",
     "Em không bỏ được phí của gói cũ, nhưng em chuyển chị sang gói miễn phí từ tháng sau và"
     " đã ghi nhận khiếu nại.", {"tag": "resolution_nothing_but_alternative"}),
    ("app lỗi khi đóng học phí", ["outage", "payment"],
     "Ứng dụng báo lỗi hoài, tôi muốn đóng tiền học cho con mà không được.",
     "Dạ ứng dụng bị lỗi nên anh chưa đóng được tiền học cho cháu ạ.",
     "Ứng dụng đang bảo trì đến mười một giờ; anh đóng qua trang web ngân hàng ngay bây giờ"
     " được ạ.", {}),
    ("bị giật điện thoại", [],
     "Tôi bị giật điện thoại ngoài đường, trong máy có ứng dụng ngân hàng.",
     "Dạ anh bị giật điện thoại có cài ứng dụng, anh muốn khoá ứng dụng lại ạ.",
     "Em đã khoá ứng dụng trên mọi thiết bị; anh cài lại trên máy mới và đăng nhập bằng căn"
     " cước.", {}),
    ("huỷ thẻ phụ", ["cancellation"],
     "Tôi muốn huỷ cái thẻ tín dụng phụ của chồng tôi.",
     "Dạ chị muốn huỷ thẻ phụ đứng tên anh nhà ạ.",
     "Em đã huỷ thẻ phụ, hạn mức chung không đổi, thư xác nhận gửi trong ba ngày.", {}),
    ("khiếu nại nhân viên quầy", ["complaint"],
     "Tôi muốn khiếu nại nhân viên quầy số ba ở chi nhánh Huế, nói chuyện rất khó chịu.",
     "Dạ chị muốn phản ánh thái độ của nhân viên quầy số ba ở Huế ạ.",
     "Em đã chuyển khiếu nại cho giám đốc chi nhánh, trong năm ngày làm việc sẽ có người gọi"
     " chị.", {}),
    ("mất sóng rồi mất tiền", ["fraud"],
     "Điện thoại tôi tự nhiên mất sóng, rồi tài khoản bị rút mười triệu.",
     "Dạ sim của anh mất sóng và sau đó tài khoản bị rút mười triệu mà anh không làm ạ.",
     "Em đã khoá tài khoản và lập hồ sơ gian lận; anh ra nhà mạng cấp lại sim rồi ra chi nhánh"
     " ký đơn trong hôm nay.", {}),
    ("công ty dời văn phòng", ["address_change"],
     "Công ty tôi dời văn phòng sang Thủ Dầu Một, tôi cần đổi địa chỉ nhận sao kê.",
     "Dạ anh cần đổi địa chỉ nhận sao kê sang văn phòng mới ở Thủ Dầu Một ạ.",
     "Em đã đổi địa chỉ nhận sao kê, kỳ tới gửi về Thủ Dầu Một.", {}),
    ("đóng tiền góp xe tải", ["payment"],
     "Tôi muốn đóng tiền góp xe tải tháng này luôn.",
     "Dạ anh muốn thanh toán kỳ góp xe tải tháng này ạ.",
     "Em đã trích năm triệu hai từ tài khoản anh, kỳ này đã đóng xong.", {}),
    ("phí chuyển tiền quốc tế", ["billing", "refund"],
     "Chuyển tiền cho con du học bị thu phí hai lần, tôi muốn lấy lại một lần.",
     "Dạ lệnh chuyển tiền cho cháu bị thu phí hai lần và chị muốn được hoàn một lần ạ.",
     "Em đã yêu cầu hoàn phí thu trùng, ba ngày làm việc tiền về.", {}),
    ("khoá thẻ vì đánh rơi ở nhà thờ", ["card_lost"],
     "Tôi đánh rơi thẻ ở nhà thờ sáng nay, tìm không ra.",
     "Dạ bác làm rơi thẻ ở nhà thờ và chưa tìm lại được ạ.",
     "Em đã khoá thẻ, thẻ mới gửi về nhà bác trong bảy ngày.", {}),
    ("đã đóng tiền góp máy cày", [],
     "Hôm qua tui đóng tiền góp máy cày rồi, tui gọi hỏi coi bên mình nhận chưa.",
     "Dạ anh đã đóng kỳ góp hôm qua và muốn kiểm tra đã nhận chưa ạ.",
     "Dạ đã nhận, sáng nay ghi vào khoản vay rồi; kỳ tới là ngày mùng năm.",
     {"decoy": "payment_already_made"}),
    ("web cửa hàng lỗi", [],
     "Trang web cửa hàng điện máy cứ lỗi khi tôi trả tiền, có phải thẻ tôi bị khoá không?",
     "Dạ trang web của cửa hàng bị lỗi lúc thanh toán và anh lo thẻ bị khoá ạ.",
     "Thẻ anh vẫn bình thường, bên em không có lệnh từ chối; lỗi ở trang của cửa hàng, anh thử"
     " lại sau hoặc chuyển khoản.", {"decoy": "outage_not_the_bank"}),
    ("hỏi phí quản lý tài khoản", ["billing"],
     "Tôi hỏi phí quản lý tài khoản tháng này là bao nhiêu vậy em.",
     "Dạ chị hỏi mức phí quản lý tài khoản tháng này ạ.",
     "Phí là mười một nghìn; em thấy tháng trước bị thu hai lần nên em đã hoàn lại một lần"
     " cho chị.", {"decoy": "refund_offered_unasked"}),
    ("hỏi về huỷ thẻ", [],
     "Nếu tôi huỷ thẻ tín dụng thì có ảnh hưởng lịch sử tín dụng không? Tôi hỏi thôi, chưa"
     " huỷ.",
     "Dạ anh hỏi việc huỷ thẻ ảnh hưởng điểm tín dụng thế nào, chứ chưa huỷ ạ.",
     "Huỷ thẻ có thể làm điểm giảm nhẹ; giữ thẻ thì không mất phí, em gửi anh tài liệu hướng"
     " dẫn qua email.", {"decoy": "cancellation_asked_not_wanted"}),
    ("thẻ của mẹ bị lạ", ["fraud"],
     "Thẻ của mẹ tôi có ba giao dịch mua hàng ở nước ngoài mà mẹ tôi không làm.",
     "Dạ thẻ của bác nhà có ba giao dịch nước ngoài bác không thực hiện ạ.",
     "Em đã khoá thẻ của bác và lập hồ sơ; bác cùng anh gọi lại xác nhận, thẻ mới gửi về nhà.",
     {"decoy": "fraud_family_member_card"}),
    ("bực công ty giao hàng", [],
     "Công ty giao hàng làm mất đồ của tôi, tôi bực họ lắm, tôi chỉ hỏi tiền đã tới shop"
     " chưa.",
     "Dạ bên giao hàng làm mất hàng, anh muốn kiểm tra tiền đã chuyển tới cửa hàng chưa ạ.",
     "Dạ sáu trăm nghìn đã tới cửa hàng hôm thứ hai; anh liên hệ cửa hàng để họ làm việc với"
     " bên giao hàng.", {"decoy": "complaint_about_other_company"}),
    ("xác nhận địa chỉ không đổi", [],
     "Tôi nhận tin nhắn xác minh thông tin, địa chỉ tôi vẫn vậy, tôi gọi xác nhận thôi.",
     "Dạ chị nhận tin nhắn xác minh và địa chỉ của chị không thay đổi ạ.",
     "Địa chỉ trong hồ sơ đúng rồi ạ, không cần sửa; em đã đánh dấu hoàn tất xác minh.",
     {"decoy": "address_confirmed_unchanged"}),
]

VI_OUT = [
    ("giao dịch Campuchia bị chặn", ["fraud"],
     "Em gọi về giao dịch mười hai triệu ở một cửa hàng điện thoại bên Campuchia mà hệ thống"
     " vừa chặn.",
     "Không phải tôi, tôi đâu có đi Campuchia.",
     "Dạ em khoá thẻ ngay và huỷ giao dịch, thẻ mới gửi về nhà anh trong năm ngày.", {}),
    ("kỳ góp máy cày chưa trả", ["payment"],
     "Em gọi vì kỳ trả góp máy cày tháng này chưa thanh toán.",
     "Ờ tui quên, giờ trả liền được hông?",
     "Dạ được, em trích ngay từ tài khoản anh, không tính phí trễ.", {}),
    ("thư bị trả lại", ["address_change"],
     "Em gọi vì hai kỳ sao kê gửi cho chị đều bị bưu điện trả về.",
     "Tôi dọn nhà tháng sáu mà quên báo, giờ ở số mười hai đường Hùng Vương.",
     "Em đã đổi sang số mười hai Hùng Vương, tuần này gửi lại sao kê.", {}),
    ("thu nhầm phí", ["billing", "refund"],
     "Em gọi vì hôm thứ bảy bên em thu nhầm phí giao dịch ngoại tệ của anh.",
     "Tôi cũng thấy lạ, vậy trả lại cho tôi nha.",
     "Dạ em đã hoàn sáu mươi nghìn, mai anh thấy trong tài khoản.", {}),
    ("theo dõi khiếu nại", ["complaint"],
     "Em gọi để phản hồi khiếu nại của chị về việc chờ lâu ở chi nhánh Vinh.",
     "Ờ, chờ hai tiếng đồng hồ, chịu hết nổi.",
     "Chi nhánh đã thêm quầy vào thứ bảy, và bên em tặng chị năm trăm nghìn vào tài khoản.",
     {}),
    ("thẻ thay thế chưa tới", ["card_lost"],
     "Em gọi về cái thẻ anh báo mất tuần trước, xem thẻ mới tới chưa.",
     "Chưa thấy em ơi.",
     "Em gửi lại bằng chuyển phát nhanh, trưa mai tới nhà anh.", {}),
    ("tiền gửi sắp đáo hạn", [],
     "Em gọi vì khoản tiền gửi có kỳ hạn của bác tuần sau đáo hạn.",
     "Vậy giờ có những lựa chọn nào em?",
     "Dạ {x} gửi tiếp một năm lãi bốn phẩy một, hoặc nhận về tài khoản; em gửi tin nhắn hai lựa"
     " chọn cho bác hôm nay.", {}),
    ("bảo hiểm thẻ gia hạn", ["cancellation"],
     "Em gọi vì bảo hiểm thẻ của chị tháng sau tự gia hạn.",
     "Tôi không cần nữa, huỷ giùm tôi.",
     "Dạ em đã huỷ, từ tháng sau không thu phí bảo hiểm nữa.", {}),
    ("sự cố app hôm thứ ba", ["outage"],
     "Em gọi vì sự cố ứng dụng hôm thứ ba ảnh hưởng tài khoản anh, em hỏi anh vào lại được"
     " chưa.",
     "Giờ vô được rồi, mà hôm đó tôi trễ hạn đóng tiền nước.",
     "Em ghi chú để phí trễ hôm đó được bên em chịu, và gửi anh thư xác nhận sự cố.", {}),
    ("biểu phí thẻ thay đổi", ["billing"],
     "Em gọi để báo biểu phí thẻ của anh thay đổi từ tháng sau.",
     "Tăng bao nhiêu vậy em?",
     "Phí rút tiền tăng thêm một nghìn; em chuyển anh sang gói miễn phí rút tại cây bên em.",
     {}),
    ("gọi lại vì rớt máy", [],
     "Em gọi lại vì lúc nãy đang nói chuyện tiền con anh gửi từ Nhật thì bị rớt máy.",
     "Ừ đúng rồi, tiền chưa vô em ơi.",
     "Tiền đang chờ đối chiếu tên; em đã duyệt, chiều nay tiền vào tài khoản anh.",
     {"tag": "callback_after_cut_off"}),
    ("báo giá vay mua xe", [],
     "Em gọi về báo giá vay mua xe anh đăng ký trên mạng.",
     "Anh tìm được chỗ khác rẻ hơn rồi em.",
     "Dạ không sao, em đóng hồ sơ báo giá, bên em sẽ không gọi lại về việc này.", {}),
]

VI = {
    "company_forms": ["abc", "a bê cờ", "ê bi si", "ây bê xê"],
    "misheard": ["a bê cờ", "ê bi si", "ây bê xê"],
    "brand": "tổng đài thẻ ABC Bạch Kim xin nghe,",
    "team": "dạ bộ phận thẻ,",
    "quickq": "Alo? Cho tôi hỏi nhanh, mã PIN mới gửi chưa em?",
    "quicka": "Dạ gửi hôm qua rồi, thứ năm anh chị nhận.",
    "hello_first": "Alo? Alo, ngân hàng phải không?",
    "callback_pre": "Alo em, lúc nãy tôi gọi bị rớt máy, ",
    "security": [
        ("Dạ em hỏi ba câu bảo mật. Ngày sinh của {x} ạ?", "Mười bốn tháng năm."),
        ("Dạ địa chỉ thường trú ạ?", "Bốn hai Lê Lợi."),
        ("Dạ số dư khoảng bao nhiêu ạ?", "Ba triệu."),
    ],
    "checking": "Dạ khớp rồi ạ.",
    "yes": ["Đúng rồi.", "Ừ, đúng vậy đó.", "Phải rồi em.", "Dạ đúng."],
    "no_restate": ["Dạ.", "Dạ vâng.", "Ờ."],
    "ok": ["Ờ vậy được.", "Vậy thì tốt quá.", "Ừ, được rồi.", "Ờ, vậy yên tâm."],
    "vague": ["Dạ để em báo lên, chắc sẽ có người xem.",
              "Mấy vụ này thường tự hết thôi ạ.",
              "Em cũng không rõ nữa ạ."],
    "nothing_more": ["Hết rồi em.", "Không, vậy thôi.", "Hết rồi, vậy được rồi."],
    "no_anyelse": "Dạ vậy thôi ạ.",
    "cust_bye": ["Cảm ơn em, chào em.", "Ờ cảm ơn nghen, chào.", "Cám ơn em nhiều, chào em."],
    "agent_okay": "Dạ.",
    "transfer": "Dạ em chuyển máy sang bộ phận chuyên trách, {x} giữ máy chút ạ.",
    "specialist": "Dạ em là {s} bên bộ phận chuyên trách, em đã đọc ghi chú rồi ạ.",
    "spec_names": ["Hạnh", "Quang"],
    "early_bye": "Dạ vậy em chào {x} nha.",
    "early_back": "Ơ khoan em, còn một chuyện nữa.",
    "early_ok": "Dạ {x} cứ nói ạ.",
    "early_q": "Có thư gửi về nhà không em?",
    "early_a": "Dạ có, mai bên em gửi thư ạ.",
    "mid_thanks": ["Dạ cảm ơn {x}.", "Dạ cảm ơn {x} đã chờ.", "Dạ em cảm ơn thông tin ạ."],
    "fillers": [
        ("Số điện thoại của {x} vẫn là số đuôi bốn hai phải không ạ?", "Ừ, vẫn số đó."),
        ("Email nhận thông báo vẫn như cũ phải không ạ?", "Như cũ em."),
        ("{x} có nhận tin nhắn nào của bên em về việc này chưa ạ?", "Chưa thấy gì hết."),
        ("Em ghi chú vào hồ sơ của {x} được không ạ?", "Được em."),
        ("{x} hay dùng ứng dụng hay ra quầy ạ?", "Dùng ứng dụng là chính."),
        ("Xong việc em nhắn tin cho {x} nhé ạ?", "Ừ nhắn giùm."),
        ("Tài khoản đuôi hai bảy phải không ạ?", "Đúng cái đó."),
        ("{x} tiện nghe máy giờ nào nhất ạ?", "Buổi sáng em."),
    ],
    "problem2": ("À còn nữa, thẻ ghi nợ của tôi tháng sau hết hạn mà chưa thấy thẻ mới.",
                 "Dạ ngoài ra thẻ ghi nợ của {x} sắp hết hạn mà thẻ thay thế chưa tới ạ.",
                 "Thẻ mới bị gửi về địa chỉ cũ; em đã phát hành lại, năm ngày nữa tới nhà.",
                 []),
    "anger": [
        "Làm ăn kiểu gì kỳ vậy, tôi gọi ba lần rồi mà không ai giải quyết!",
        "Tôi bực lắm rồi nha, ngân hàng gì mà chậm như rùa!",
        "Chờ máy bốn chục phút mà trả lời vậy đó hả!",
        "Lần nào gọi cũng hẹn rồi để đó, chán thiệt sự!",
        "Các người làm tôi mất ăn mất ngủ mấy hôm nay đó biết không!",
        "Năm nay ba lần rồi, không chấp nhận được!",
    ],
    "anger2": ["Mà sao không ai báo cho tôi một tiếng hả?!",
               "Thiệt là quá đáng, phải gọi mới chịu làm!"],
    "empathy": [
        "Dạ em rất xin lỗi {x}, em hiểu {x} đang rất bực.",
        "Dạ em thành thật xin lỗi, em thông cảm với {x} lắm ạ.",
        "Dạ em xin lỗi vì để {x} chờ lâu, em hiểu cảm giác của {x}.",
        "Dạ em rất xin lỗi, chuyện này lẽ ra không được xảy ra ạ.",
    ],
    "flat": ["Dạ. {x} đọc lại số tài khoản cho em.", "Dạ. Em kiểm tra tiếp.",
             "Dạ, em ghi nhận, em làm tiếp thủ tục."],
    "cut_in": ["Khoan khoan, {x} để em đọc hết đã.", "Từ từ, em cần số tài khoản trước."],
    "cut_in_emp": ["Dạ em xin lỗi, em hiểu rồi ạ, em xử lý ngay.",
                   "Dạ em rất xin lỗi {x}, em làm liền ạ."],
    "calm_after": ["Ờ, cảm ơn em, xin lỗi nãy to tiếng.", "Ừ vậy được, cảm ơn em."],
    "calm_cut": "Dạ em hiểu ý rồi, em mở hồ sơ ngay.",
    "blame": [
        "Sao {x} không đọc kỹ điều khoản trước khi ký?",
        "Tại {x} tự bấm nhầm chứ bên em đâu có lỗi.",
        "{x} đưa mã cho người ta thì {x} chịu thôi.",
        "{x} không báo đổi địa chỉ thì thư thất lạc là đúng rồi.",
        "Lỗi là do {x} nhập sai số, hệ thống không sai đâu.",
        "Ai bảo {x} để thẻ trong ví rồi làm rơi.",
        "Người ta dặn hoài mà {x} vẫn bấm vào đường link lạ.",
        "{x} đồng ý rồi giờ lại quay ra trách bên em.",
        "Em hiểu. Nhưng {x} trả trễ chứ đâu phải tại bên em.",
    ],
    "rude": [
        "Hỏi gì hỏi lắm thế.",
        "Nói mãi không hiểu.",
        "Trời ơi, có vậy mà cũng hỏi.",
        "Thôi được rồi, nói lẹ đi.",
        "Nghe cho kỹ dùm cái.",
        "Mệt ghê, lại chuyện này.",
        "Hỏi hoài vậy.",
        "Biết rồi, khỏi nói.",
        "Đã bảo rồi mà.",
    ],
    "rude_reply": "Ơ, ừ.",
    "swear": [
        "Đéo hiểu sao máy lại treo.",
        "Địt mẹ, cái máy này.",
        "Vãi thật, mạng rớt rồi.",
        "Đụ má, hệ thống lỗi hoài.",
        "Vãi lồn, lại đứng máy.",
        "Đéo tải được, chờ em chút.",
        "Địt, bấm nhầm rồi.",
        "Vãi, chậm quá.",
        "Đụ, lại văng ra.",
    ],
    "plain": ["deo hieu cai may nay bi sao", "dit, lai treo may"],
    "swear_reply": "Ờ, tôi chờ.",
    "card_intro": "{x} đọc giúp em số thẻ dài trên mặt thẻ ạ.",
    "cust_card": "Chín bảy không bốn, một hai ba bốn, năm sáu bảy tám, chín không một hai.",
    "card": [
        [("Dạ số thẻ là 9704 1234 5678 9012 đúng không ạ?", "card")],
        [("Dạ em ghi 9 7 04 12 3 4 56 78 90 12 ạ?", "card")],
        [("Dạ chín bảy không bốn, một hai ba bốn,", "card")],
        [("Dạ bốn năm hai một, tám tám không ba, sáu sáu một chín, hai không bảy bảy ạ?",
          "card")],
        [("Dạ mã cvv sau thẻ là 3 8 1 phải không ạ?", "card")],
        [("Dạ mã bảo mật chín hai bảy, em ghi rồi.", "card")],
        [("Dạ em đọc lại, 5412 7534 9910 0032.", "card")],
        [("Dạ 97 04 33 18 26 40 55 19 đúng chưa ạ?", "card")],
        [("Dạ thẻ 9704 2210 7788 1234, hết hạn tháng tư năm hai bảy.", "card")],
    ],
    "card_split2": "năm sáu bảy tám, chín không một hai, đúng không ạ?",
    "card_pass": [("Dạ thẻ có bốn số cuối 4471 ạ.", "last_four_only"),
                  ("Dạ hạn thẻ là tháng chín năm hai tám ạ.", "expiry_readback_pass")],
    "card_yes": "Đúng rồi.",
    "calm_interrupt_cust": "Còn cái vụ kia nữa, thì là, tôi cũng không biết nói sao",
    "out_hello": ["Alo?", "Alo, ai đó?", "Alo, nghe."],
    "out_greet": ["Dạ em chào {x},", "Dạ xin chào {x},", "Em chào {x} ạ,"],
    "out_name": "em là {n}",
    "out_company": "gọi từ Ngân hàng ABC ạ.",
    "out_team": "gọi từ bộ phận tài khoản ạ.",
    "out_record": "Cuộc gọi này được ghi âm để nâng cao chất lượng dịch vụ.",
    "out_consent": ["{x} đồng ý cho em ghi âm không ạ?", "{x} có đồng ý để em ghi âm không ạ?"],
    "out_consent_ok": "Ừ được.",
    "out_who": "Ừ, tôi đây.",
    "out_check": [
        ("Trước khi trao đổi, {x} cho em xin ngày sinh ạ?", "Mùng ba tháng ba."),
        ("Dạ số căn cước bốn số cuối ạ?", "Sáu một tám hai."),
        ("Dạ tên mẹ của {x} ạ?", "Nguyễn Thị Thu."),
    ],
    "out_close": ("Dạ cảm ơn {x} đã dành thời gian,", "em chào {x} ạ."),
    "tbg": ("Dạ chào {x},", "à em cảm ơn {x} đã gọi ạ."),
    "out_cust_close": "Ừ, chào em.",
}

VI_STYLES = {
    "says bên em for the bank": dict(
        agents=["Nguyễn Thị Xuân", "Trần Quốc Thịnh"],
        greet="Dạ em chào {x},", company="Ngân hàng ABC xin nghe,", name="em là {n},",
        offer="bên em có thể hỗ trợ gì cho {x} ạ?",
        anyelse="{x} còn cần bên em hỗ trợ việc khác không ạ?",
        thanks="Dạ cảm ơn {x} đã gọi cho bên em,", bye="chào {x} ạ.",
        pre="Dạ bên em ghi nhận,"),
    "Northern, vâng ạ": dict(
        agents=["Phạm Thu Hà", "Đỗ Minh Đức"],
        greet="Vâng ạ, em xin chào ạ,", company="Ngân hàng ABC ạ,", name="em tên là {n} ạ,",
        offer="em có thể giúp gì cho {x} ạ?",
        anyelse="{x} còn vướng mắc gì nữa không ạ?",
        thanks="Vâng, em cảm ơn {x} ạ,", bye="em chào {x} ạ.", pre="Vâng ạ,"),
    "from Huế": dict(
        agents=["Tôn Nữ Thảo", "Lê Văn Phước"],
        greet="Dạ chào {x},", company="Ngân hàng ABC đây ạ,", name="em là {n},",
        offer="{x} cần em giúp chi rứa ạ?",
        anyelse="{x} còn chi nữa không rứa?",
        thanks="Dạ em cám ơn {x},", bye="chào {x} nhé.", pre="Dạ rứa là"),
    "English banking terms": dict(
        agents=["Vũ Ngọc Diệp", "Hoàng Gia Khánh"],
        greet="Xin chào,", company="hotline Ngân hàng ABC,", name="em là {n},",
        offer="em support được gì cho {x} ạ?",
        anyelse="{x} còn request gì khác không ạ?",
        thanks="Cam on {x},", bye="bye {x} ạ.", pre="Dạ em check trên system thì"),
    "very brief": dict(
        agents=["Ngô Thanh Tuyết", "Bùi Văn Kiên"],
        greet="Chào {x}.", company="ABC.", name="{n} đây.", offer="Dạ {x} cứ nói.",
        anyelse="Còn gì nữa không ạ?", thanks="Cảm ơn.", bye="Dạ em chào {x}.",
        pre="Dạ,"),
    "many yes/no questions": dict(
        agents=["Đặng Mỹ Linh", "Lý Thành Trung"],
        greet="Dạ xin chào,", company="Ngân hàng ABC,", name="em là {n},",
        offer="{x} cần em hỗ trợ phải không ạ?",
        anyelse="{x} còn hỏi gì thêm không ạ?",
        thanks="Cảm ơn {x},", bye="chào {x}.", pre="Dạ phải không ạ,"),
}

VI_PROFILES = [
    dict(p="a Huế tiểu thương", g="f", x="chị", touch="Dạ, răng mà rứa hả em, ",
         speed=1.05, names=["chị Hoa", "chị Hoa"]),
    dict(p="a Nghệ An builder", g="m", x="anh", touch="Chừ tê, ", speed=1.0,
         names=["anh Tùng", "anh Tùng"]),
    dict(p="a Hà Nội retired teacher (very polite)", g="m", x="bác",
         touch="Thưa cháu, bác xin phép trình bày, ", speed=1.15,
         names=["bác Khang", "bác Khang"]),
    dict(p="a Mekong rice farmer", g="m", x="anh", touch="Tui nói nghen, ", speed=1.0,
         names=["anh Sáu", "anh Sáu"]),
    dict(p="a Bình Dương factory worker on shift", g="f", x="chị",
         touch="Chị đang giữa ca, nói nhanh nha em, ", speed=0.95,
         names=["chị Thơm", "chị Thơm"]),
    dict(p="a bà nội trợ who hands the phone to her son", g="f", x="chị",
         touch="Thôi để con trai tôi nói, ", speed=1.05, names=["chị Lài", "chị Lài"]),
    dict(p="a Vietnamese-Australian student (mixes English)", g="m", x="anh",
         touch="Hi em, basically là ", speed=0.95, names=["anh Khôi", "anh Khôi"]),
    dict(p="a taxi driver driving", g="m", x="anh", touch="Anh đang chạy xe, ", speed=0.95,
         names=["anh Lộc", "anh Lộc"]),
]

VI_NOISE = dict(
    join={"ngân hàng": "ngânhàng", "số tiền": "sốtiền", "hôm qua": "hômqua",
          "điện thoại": "điệnthoại", "hoá đơn": "hoáđơn", "tín dụng": "tíndụng",
          "khoá thẻ": "khoáthẻ", "tuần trước": "tuầntrước"},
    fill=["ờ thì", "nói chung là", "cái", "thế thì"],
)

LANGS = {
    "en": dict(pack=EN, ins=EN_IN, outs=EN_OUT, styles=EN_STYLES, profiles=EN_PROFILES,
               noise=EN_NOISE),
    "vi": dict(pack=VI, ins=VI_IN, outs=VI_OUT, styles=VI_STYLES, profiles=VI_PROFILES,
               noise=VI_NOISE),
}


# ---------------------------------------------------------------- planning of faults
def plan_lang(lang):
    r = rng_for(SEED + "/plan/" + lang)
    base = 0 if lang == "en" else 150
    dirs = ["in"] * 110 + ["out"] * 40
    r.shuffle(dirs)
    calls = [dict(idx=base + i, lang=lang, dir=dirs[i], faults=[], load=0, free=False)
             for i in range(150)]
    ins = [c for c in calls if c["dir"] == "in"]
    outs = [c for c in calls if c["dir"] == "out"]
    for c in r.sample(ins, 17) + r.sample(outs, 6):
        c["free"] = True
    first_in = ["inbound/greeting_before_resolution", "inbound/thanks_before_goodbye"]
    first_out = ["outbound/consent", "outbound/recording_disclosure"]
    tokens = []
    for k in first_in + [k for k in IN_RULES if k not in first_in]:
        tokens += [(k, "in")] * 9
    for k in first_out + [k for k in OUT_RULES if k not in first_out]:
        tokens += [(k, "out")] * 9
    for k in GEN:
        if k == "forbidden/profanity" and lang == "vi":
            k = "STRICT"
        tokens += [(k, "out")] * 2 + [(k, "in")] * 7
    if lang == "vi":
        tokens += [("PLAIN", "in")] * 2
    apart = [
        ("inbound/greeting_before_resolution", "inbound/greeting"),
        ("inbound/greeting_before_resolution", "inbound/resolution"),
        ("inbound/thanks_before_goodbye", "inbound/thanks"),
        ("inbound/thanks_before_goodbye", "inbound/goodbye"),
        ("outbound/consent", "outbound/recording_disclosure"),
        ("STRICT", "PLAIN"),
    ]
    for key, d in tokens:
        cost = 2 if key == "STRICT" else 1
        cands = []
        for c in calls:
            if c["dir"] != d or c["free"] or key in c["faults"] or c["load"] + cost > 3:
                continue
            if any((key == a and b in c["faults"]) or (key == b and a in c["faults"])
                   for a, b in apart):
                continue
            cands.append(c)
        if not cands:
            raise SystemExit(f"cannot place token {key} {lang}")
        low = min(c["load"] for c in cands)
        pick = r.choice([c for c in cands if c["load"] == low])
        pick["faults"].append(key)
        pick["load"] += cost
    # scenarios, structures, anger
    L = LANGS[lang]
    styles = list(L["styles"])
    agents = [(s, a) for s in styles for a in L["styles"][s]["agents"]]
    sc_in = list(range(len(L["ins"])))
    sc_out = list(range(len(L["outs"])))
    pool_in, pool_out = [], []
    for c in calls:
        emo = any(k in c["faults"] for k in GEN[:1] + GEN[2:3])
        if c["dir"] == "in":
            if not pool_in:
                pool_in = sc_in[:]
                r.shuffle(pool_in)
            pick = None
            for j, s in enumerate(pool_in):
                if not (emo and "decoy" in L["ins"][s][5]):
                    pick = pool_in.pop(j)
                    break
            if pick is None:
                pick = r.choice([s for s in sc_in if "decoy" not in L["ins"][s][5]])
            c["sc"] = pick
        else:
            if not pool_out:
                pool_out = sc_out[:]
                r.shuffle(pool_out)
            c["sc"] = pool_out.pop()
        c["agent"] = agents[r.randrange(len(agents))]
        c["prof"] = r.randrange(len(L["profiles"]))
        c["angry"] = emo
        c["long"] = r.random() < 0.27
        c["noise"] = r.choice([0, 1, 1, 2, 2, 3])
    extra = [c for c in calls if c["dir"] == "in" and not c["angry"]
             and "decoy" not in L["ins"][c["sc"]][5]]
    n_angry = sum(c["angry"] for c in calls)
    for c in r.sample(extra, max(0, 32 - n_angry)):
        c["angry"] = True
    for c in calls:
        f = c["faults"]
        st = {}
        lg = 1.0 if c["long"] else 0.12
        if c["dir"] == "in":
            st["customer_first"] = ("inbound/greeting_before_resolution" not in f
                                    and r.random() < 0.14)
            st["callback"] = r.random() < lg * 0.12
            st["security3"] = ("inbound/offer_help" not in f and r.random() < lg * 0.2
                               and not st["customer_first"]
                               and "inbound/greeting_before_resolution" not in f)
            st["specialist"] = "inbound/resolution" not in f and r.random() < lg * 0.2
            st["two_problems"] = r.random() < lg * 0.25
            st["early_goodbye"] = r.random() < lg * 0.25
            st["mid_thanks"] = r.random() < lg * 0.2
            st["calm_interrupt"] = r.random() < 0.12
            st["brand"] = "inbound/company_name" not in f and r.random() < 0.07
        if c["angry"]:
            st["late_anger"] = c["dir"] == "in" and r.random() < 0.2
            st["two_anger"] = r.random() < lg * 0.25
            st["calm_after"] = "angry_caller/empathy" not in f and r.random() < 0.35
        st["card_pass"] = r.random() < lg * 0.1
        st["cust_card"] = r.random() < lg * 0.06
        c["st"] = st
    # conduct lines handed out in order
    cnt = {}
    for c in calls:
        c["line"] = {}
        for k in c["faults"]:
            c["line"][k] = cnt.get(k, 0)
            cnt[k] = cnt.get(k, 0) + 1
    # the "I understand. But ..." blame line goes to an angry call where it is the empathy
    bk = "angry_caller/no_blame"
    holder = [c for c in calls if c["line"].get(bk) == 8]
    fit = [c for c in calls if bk in c["faults"] and c["angry"]
           and not {GEN[0], GEN[2]} & set(c["faults"])]
    if holder and fit:
        a, b = holder[0], fit[0]
        a["line"][bk], b["line"][bk] = b["line"][bk], a["line"][bk]
    return calls


# ---------------------------------------------------------------- pieces and segments
def P(text, *tags, cats=(), prot=False):
    return dict(t=text, tags=list(tags), cats=list(cats), prot=prot)


def S(sp, *pcs, mood="neutral", mn=None, mnneg=None, intr=False, fast=False):
    pl = [p if isinstance(p, dict) else P(p) for p in pcs]
    return dict(sp=sp, pcs=pl, mood=mood, mn=mn, mnneg=mnneg, intr=intr, fast=fast)


VI_FAMILY = [("đứng tên anh nhà", "đứng tên chồng {x}"), ("thẻ của bác nhà", "thẻ của mẹ {x}"),
             ("bác không thực hiện", "mẹ {x} không thực hiện"),
             ("khoá thẻ của bác và lập hồ sơ; bác cùng anh gọi lại",
              "khoá thẻ của mẹ {x} và lập hồ sơ; mẹ {x} cùng {x} gọi lại")]


def vi_pron(text):
    """Agent lines address the customer with the profile's pronoun ({x})."""
    for a, b in VI_FAMILY:
        text = text.replace(a, b)
    text = re.sub(r"^(Anh|Chị|Bác)(?![\wÀ-ỹ])", "Dạ {x}", text)
    return re.sub(r"(?<![\wÀ-ỹ])(anh|chị|bác)(?![\wÀ-ỹ])", "{x}", text)


def fmt(text, c):
    return text.replace("{x}", c["x"]).replace("{c}", c["cname"]).replace("{n}", c["spoken"])


def build_segments(c, r):
    L = LANGS[c["lang"]]
    K = L["pack"]
    f = c["faults"]
    st = c["st"]
    vi = c["lang"] == "vi"
    sty = L["styles"][c["agent"][0]]
    decoys = []
    segs = []

    def A(*pcs, **kw):
        pl = [P(fmt(p, c)) if isinstance(p, str) else dict(p, t=fmt(p["t"], c)) for p in pcs]
        segs.append(S("agent", *pl, **kw))

    def C(*pcs, **kw):
        pl = [P(fmt(p, c)) if isinstance(p, str) else dict(p, t=fmt(p["t"], c)) for p in pcs]
        segs.append(S("customer", *pl, **kw))

    prof = L["profiles"][c["prof"]]
    sc = L["ins"][c["sc"]] if c["dir"] == "in" else L["outs"][c["sc"]]
    key, cats, prob, restate, resolve, extra = sc
    cats = list(cats)
    if vi:
        resolve = vi_pron(resolve)
        if c["dir"] == "in":
            restate = vi_pron(restate)
            extra = dict(extra, rq=vi_pron(extra["rq"])) if "rq" in extra else extra
        else:
            prob = vi_pron(prob)
    if "decoy" in extra:
        decoys.append(extra["decoy"])
    if "tag" in extra:
        decoys.append(extra["tag"])

    # --- middle blocks shared by both directions
    def anger_block(second=False):
        text = r.choice(K["anger2"] if second else K["anger"])
        C(P(text, prot=True), mood="negative")
        if second:
            A(r.choice(K["empathy"]))
            return
        emp_f = "angry_caller/empathy" in f
        int_f = "angry_caller/no_interrupting_angry_customer" in f
        if int_f:
            if emp_f:
                A(P(r.choice(K["cut_in"])), intr=True)
            else:
                A(P(r.choice(K["cut_in_emp"]), "empathy"), intr=True)
            decoys.append("agent_cuts_into_anger")
        elif emp_f:
            if r.random() < 0.5:
                A(r.choice(K["flat"]))
                decoys.append("no_empathy")
            else:
                A(r.choice(K["flat"]))
                C(r.choice(K["yes"]))
                A(P(r.choice(K["empathy"]), "empathy"), mnneg=23.5)
                decoys.append("empathy_after_window")
        elif c["line"].get("angry_caller/no_blame") == 8:
            a, b = fmt(K["blame"][8], c).split(". ", 1)
            A(P(a + ".", "empathy", prot=True), P(b, "blame", prot=True))
            decoys.append("understand_then_argue")
        else:
            A(P(r.choice(K["empathy"]), "empathy"))
        if st.get("calm_after"):
            C(P(r.choice(K["calm_after"])), mood="positive")
            decoys.append("calms_down_and_thanks")

    def conduct_blocks():
        out = []
        if "angry_caller/no_blame" in f and "understand_then_argue" not in decoys:
            i = c["line"]["angry_caller/no_blame"]
            line = fmt(K["blame"][i], c)
            if i == 8:
                a, b = line.split(". ", 1)
                out.append([S("agent", P(a + ".", prot=True), P(b, "blame", prot=True))])
                decoys.append("understand_then_argue")
            else:
                out.append([S("agent", P(line, "blame", prot=True))])
                if "?" in line:
                    decoys.append("blame_as_question")
            out[-1].append(S("customer", P(r.choice(K["yes"][:1] + K["ok"][:1]))))
        if "forbidden/rude" in f:
            i = c["line"]["forbidden/rude"]
            out.append([S("agent", P(K["rude"][i], "rude", prot=True)),
                        S("customer", P(K["rude_reply"]))])
        sw = None
        if "forbidden/profanity" in f:
            sw = (K["swear"][c["line"]["forbidden/profanity"]], "swear")
        if "STRICT" in f:
            sw = (K["swear"][c["line"]["STRICT"]], "swear_strict")
        if "PLAIN" in f:
            sw = (K["plain"][c["line"]["PLAIN"]], "swear_plain")
            decoys.append("unmarked_vi_swear")
        if sw:
            out.append([S("agent", P(sw[0], sw[1], prot=True)),
                        S("customer", P(K["swear_reply"]))])
        card = []
        if st.get("cust_card") or "forbidden/no_card_readback" in f or st.get("card_pass"):
            card.append(S("agent", P(fmt(K["card_intro"], c))))
            card.append(S("customer", P(K["cust_card"], prot=True)))
            if st.get("cust_card"):
                decoys.append("customer_reads_card_number")
        if "forbidden/no_card_readback" in f:
            i = c["line"]["forbidden/no_card_readback"]
            text = K["card"][i][0][0]
            card.append(S("agent", P(text, "card", prot=True)))
            if i == 2:
                card.append(S("customer", P(K["yes"][0])))
                card.append(S("agent", P(K["card_split2"], "card", prot=True)))
                decoys.append("card_split_across_segments")
            elif i == 1:
                decoys.append("card_spaces_inside_groups")
            elif i in (3,):
                decoys.append("card_as_words")
            elif i in (4, 5):
                decoys.append("security_code_readback")
            card.append(S("customer", P(K["card_yes"])))
        elif st.get("card_pass"):
            text, tag = K["card_pass"][r.randrange(2)]
            card.append(S("agent", P(text, prot=True)))
            card.append(S("customer", P(K["card_yes"])))
            decoys.append(tag)
        elif card:
            card.append(S("agent", P(fmt(K["mid_thanks"][0], c), "thanks_mid")))
        if card:
            out.append(card)
        return out

    fillers = [list(x) for x in K["fillers"]]
    r.shuffle(fillers)

    def filler_block():
        q, a = fillers.pop() if fillers else (K["fillers"][0])
        return [S("agent", P(fmt(q, c))), S("customer", P(fmt(a, c)))]

    if c["dir"] == "in":
        return build_in(c, r, K, sty, f, st, prof, cats, prob, restate, resolve, extra,
                        decoys, segs, A, C, anger_block, conduct_blocks, filler_block, vi)
    return build_out(c, r, K, f, st, cats, prob, restate, resolve, decoys, segs, A, C,
                     anger_block, conduct_blocks, filler_block)


def cap(text):
    text = text[4:] if text.startswith("and ") else text
    return text[:1].upper() + text[1:]


def build_in(c, r, K, sty, f, st, prof, cats, prob, restate, resolve, extra, decoys, segs,
             A, C, anger_block, conduct_blocks, filler_block, vi):
    two = st["two_problems"] and not ({"inbound/confirm_problem", "inbound/resolution"} & set(f))
    pre = []
    if "inbound/greeting_before_resolution" in f:
        C(K["quickq"])
        pre = [P(K["quicka"], "resolve")]
        decoys.append("answer_before_greeting")
    elif st["customer_first"]:
        C(K["hello_first"])
        decoys.append("greeting_after_customer_hello")
    op = list(pre)
    if "inbound/greeting" not in f:
        op.append(P(sty["greet"], "greet"))
    else:
        decoys.append("no_greeting")
    if "inbound/company_name" in f:
        if "inbound/self_intro" not in f and r.random() < 0.5:
            op.append(P(K["team"]))
            decoys.append("team_name_only")
        else:
            decoys.append("no_company")
    elif st["brand"]:
        op.append(P(K["brand"], "company"))
        decoys.append("company_as_product_brand")
    else:
        op.append(P(sty["company"], "company"))
    if "inbound/self_intro" not in f:
        op.append(P(sty["name"], "name"))
    else:
        decoys.append("no_self_intro")
    offer_f = "inbound/offer_help" in f
    late_offer = offer_f and r.random() < 0.6
    sec = st["security3"] or late_offer
    if not sec and not offer_f:
        op.append(P(sty["offer"], "offer"))
    if op:
        A(*op)
    if sec:
        for q, a in K["security"]:
            A(q, fast=True)
            C(a, fast=True)
        decoys.append("three_security_questions")
        if late_offer:
            A(K["checking"], P(sty["offer"], "offer"), mn=48.5)
            decoys.append("offer_after_window")
        else:
            A(K["checking"], P(sty["offer"], "offer"), fast=True)
    if offer_f and not late_offer:
        decoys.append("no_offer")
    if not offer_f and sty["offer"] in ("Go ahead.", "Dạ {x} cứ nói."):
        decoys.append("offer_as_go_ahead")
    lead = ""
    if st["callback"]:
        lead = K["callback_pre"]
        decoys.append("callback_after_cut_off")
    touch = prof["touch"] if r.random() < 0.6 else ""
    text = prob
    if lead or touch:
        if not (text.startswith("I ") or text.startswith("I'")):
            text = text[:1].lower() + text[1:]
        if vi and text.startswith(("zalo", "học", "công ty")):
            text = text[:1].upper() + text[1:]
    C(P(lead + touch + text, cats=cats))
    if st["calm_interrupt"]:
        A(K["calm_cut"], intr=True)
        decoys.append("agent_interrupts_calm_customer")
    if "inbound/confirm_problem" in f:
        if r.random() < 0.5:
            A(r.choice(K["no_restate"]))
            decoys.append("bare_ack_no_restatement")
        else:
            A(P(prob))
            decoys.append("verbatim_echo_not_restatement")
    else:
        rq = extra.get("rq")
        if rq and r.random() < 0.6:
            A(P(sty["pre"]), P(rq, "restate"))
            decoys.append("restatement_as_question_list")
        else:
            A(P(sty["pre"]), P(restate, "restate"))
    C(r.choice(K["yes"]))
    if prof["p"].startswith("a lawyer"):
        C(EN_WRITING)
    if two:
        C(P(K["problem2"][0]))
        A(P(K["problem2"][1], "restate"))
        C(r.choice(K["yes"]))
        decoys.append("two_problems")
    head = len(segs)
    blocks = []
    late = st.get("late_anger")
    if c["angry"]:
        anger_block()
        ang = segs[head:]
        del segs[head:]
        if st.get("two_anger"):
            anger_block(second=True)
            ang2 = segs[head:]
            del segs[head:]
            decoys.append("two_angry_segments")
        else:
            ang2 = None
        if late:
            decoys.append("anger_after_resolution")
    blocks = conduct_blocks()
    if st["mid_thanks"]:
        for _ in range(2):
            q, a = filler_block()
            blocks.append([S("agent", P(fmt(r.choice(K["mid_thanks"]), c), "thanks_mid"),
                             *q["pcs"]), a])
        decoys.append("several_mid_call_thanks")
    r.shuffle(blocks)
    if c["angry"] and not late:
        blocks.insert(0, ang)
        if ang2:
            blocks.insert(r.randint(1, len(blocks)), ang2)
    # tail
    tail = []
    base = len(segs)
    if "inbound/resolution" in f:
        A(r.choice(K["vague"]))
        decoys.append("no_concrete_step")
    elif st["specialist"]:
        A(K["transfer"])
        A(P(K["specialist"].replace("{s}", r.choice(K["spec_names"]))), P(resolve, "resolve"))
        decoys.append("resolution_by_specialist")
    else:
        A(P(resolve, "resolve"))
    C(r.choice(K["ok"]))
    if two:
        A(P(K["problem2"][2], "resolve"))
        C(r.choice(K["ok"]))
    if c["angry"] and late:
        segs.extend(ang)
        if ang2:
            segs.extend(ang2)
    if st["early_goodbye"]:
        A(P(K["early_bye"], "bye_early"))
        C(K["early_back"])
        A(K["early_ok"])
        C(K["early_q"])
        A(K["early_a"])
        decoys.append("early_goodbye_call_goes_on")
    mid_tail = segs[base:]
    del segs[base:]
    if "inbound/anything_else" in f:
        if r.random() < 0.5:
            A(K["no_anyelse"])
            C(r.choice(K["nothing_more"]))
        decoys.append("no_anything_else")
    else:
        A(P(sty["anyelse"], "anyelse"))
        C(r.choice(K["nothing_more"]))
    tf = "inbound/thanks" in f
    bf = "inbound/goodbye" in f
    if tf and bf:
        C(P(r.choice(K["cust_bye"])), mood="positive")
        A(K["agent_okay"])
        decoys.append("customer_thanks_bye_agent_only_okay")
    elif tf:
        A(P(cap(sty["bye"]), "bye"))
        C(P(r.choice(K["cust_bye"])), mood="positive")
        decoys.append("no_closing_thanks")
    elif bf:
        A(P(sty["thanks"], "thanks"))
        C(P(r.choice(K["cust_bye"])), mood="positive")
        decoys.append("no_goodbye")
    elif "inbound/thanks_before_goodbye" in f:
        A(P(K["tbg"][0], "bye"), P(K["tbg"][1], "thanks"))
        C(P(r.choice(K["cust_bye"])), mood="positive")
        decoys.append("goodbye_before_thanks")
    else:
        A(P(sty["thanks"], "thanks"), P(sty["bye"], "bye"))
        C(P(r.choice(K["cust_bye"])), mood="positive")
    tail = mid_tail + segs[base:]
    del segs[base:]
    return segs, blocks, tail, cats, decoys


def build_out(c, r, K, f, st, cats, prob, reply, resolve, decoys, segs, A, C,
              anger_block, conduct_blocks, filler_block):
    C(r.choice(K["out_hello"]))
    op = [P(r.choice(K["out_greet"]))]
    if "outbound/identify_self" not in f:
        op.append(P(K["out_name"], "name"))
    else:
        decoys.append("no_self_intro")
    if "outbound/identify_company" not in f:
        op.append(P(K["out_company"], "company"))
    elif r.random() < 0.5:
        op.append(P(K["out_team"]))
        decoys.append("team_name_only")
    else:
        decoys.append("no_company")
    A(*op)
    C(K["out_who"])
    pf = "outbound/purpose" in f
    rf = "outbound/recording_disclosure" in f
    cf = "outbound/consent" in f
    rec_mode = ("late" if r.random() < 0.5 else "never") if rf else "early"
    cons_mode = ("late" if r.random() < 0.5 else "missing") if cf else "with"
    early = []
    if not pf:
        early.append(P(prob, "purpose"))
    if rec_mode == "early":
        early.append(P(K["out_record"], "record"))
        if cons_mode == "with":
            early.append(P(r.choice(K["out_consent"]), "consent"))
    if early:
        A(*early)
        ans = []
        if cons_mode == "with" and rec_mode == "early":
            ans.append(K["out_consent_ok"])
        if not pf:
            ans.append(reply)
        C(P(" ".join(fmt(a, c) for a in ans) if ans else K["yes"][0],
            cats=cats if not pf else ()))
    if pf:
        for q, a in K["out_check"]:
            A(q)
            C(a)
        decoys.append("purpose_after_window")
    blocks = conduct_blocks()
    if c["angry"]:
        head = len(segs)
        anger_block()
        ang = segs[head:]
        del segs[head:]
        blocks.insert(0, ang)
        if st.get("two_anger"):
            anger_block(second=True)
            blocks.append(segs[head:])
            del segs[head:]
            decoys.append("two_angry_segments")
    base = len(segs)
    if pf:
        A(P(prob, "purpose"), mn=63.5)
        C(P(reply, cats=cats))
    if rec_mode == "late":
        A(P(K["out_record"], "record"), P(r.choice(K["out_consent"]), "consent"), mn=63.5)
        C(K["out_consent_ok"])
        decoys.append("recording_after_window")
    elif rec_mode == "never":
        decoys.append("no_recording_notice")
    if cons_mode == "late":
        A(P(r.choice(K["out_consent"]), "consent"), mn=93.5)
        C(K["out_consent_ok"])
        decoys.append("consent_after_window")
    elif cons_mode == "missing":
        decoys.append("notice_without_consent")
    A(P(resolve, "resolve"))
    C(r.choice(K["ok"]))
    A(P(K["out_close"][0], "thanks"), P(K["out_close"][1], "bye"))
    C(P(K["out_cust_close"]), mood="positive")
    tail = segs[base:]
    del segs[base:]
    return segs, blocks, tail, cats, decoys


# ---------------------------------------------------------------- noise
PUNCT = re.compile(r"[.,?!;:\"()]")


def strip_marks(w):
    w = w.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", w) if not unicodedata.combining(ch))


def plain_lower(text):
    return " ".join(PUNCT.sub(" ", text.lower()).split())


def noise_piece(text, lang, p_noise, r, prot):
    if r.random() >= p_noise:
        return text
    t = plain_lower(text)
    if prot:
        return t
    N = LANGS[lang]["noise"]
    for a, b in N["join"].items():
        if re.search(r"(^| )" + re.escape(a) + r"( |$)", t) and r.random() < 0.5:
            t = re.sub(r"(^| )" + re.escape(a) + r"( |$)", r"\1" + b + r"\2", t)
    out = []
    if lang == "en":
        for w in t.split():
            if w == "acme" and r.random() < 0.4:
                w = r.choice(EN["misheard"])
            elif w in N["homo"] and r.random() < 0.3:
                w = N["homo"][w]
            elif w in N["split"] and r.random() < 0.5:
                w = N["split"][w]
            out.append(w)
    else:
        whole = r.random() < 0.12
        for w in t.split():
            if w == "abc" and r.random() < 0.4:
                w = r.choice(VI["misheard"])
            if whole or r.random() < 0.08:
                w = strip_marks(w)
            out.append(w)
    if r.random() < 0.12:
        out.insert(0, r.choice(N["fill"]))
    return " ".join(out)


# ---------------------------------------------------------------- timing and truth
def time_call(segs, r, speeds, vi):
    out, intrs, recs = [], [], []
    t_max = r.randint(30, 100)
    neg0 = None
    for k, s in enumerate(segs):
        if s["intr"]:
            prev = out[-1]
            ps, pe = prev["s"], prev["e"]
            start = max(ps + int((pe - ps) * r.uniform(0.7, 0.85)), pe - r.randint(150, 300))
            if pe - start < 60 or start - ps < 100:
                return None
        else:
            start = t_max + (r.randint(35, 80) if s["fast"] else r.randint(60, 220))
            if s["mn"]:
                start = max(start, int(s["mn"] * 100) + r.randint(0, 150))
            if s["mnneg"]:
                if neg0 is None:
                    return None
                start = max(start, neg0 + int(s["mnneg"] * 100) + r.randint(0, 300))
        speed = speeds[s["sp"]]
        cur = start
        words = []
        for j, pc in enumerate(s["pcs"]):
            if j:
                cur += r.randint(10, 40)
            recs.append(dict(sp=s["sp"], tags=pc["tags"], s=cur, k=k, seg_s=start))
            for w in pc["nt"].split():
                d = int(min(65, 15 + 5 * len(w)) * speed * (1.2 if vi else 1.0))
                words.append([cur, cur + d, w])
                cur += d + r.randint(5, 16)
        end = words[-1][1]
        seg = dict(sp=s["sp"], s=start, e=end, words=words, mood=s["mood"], k=k)
        if s["intr"]:
            intrs.append(dict(speaker=s["sp"], interrupted=out[-1]["sp"], start_s=start / 100,
                              overlap_s=round((min(end, out[-1]["e"]) - start) / 100, 2),
                              into=out[-1]["k"]))
        if s["mood"] == "negative" and neg0 is None:
            neg0 = start
        out.append(seg)
        t_max = max(t_max, end)
    return out, intrs, recs, t_max


def compute_truth(c, timed, intrs, recs, E):
    T = {k: "not_applicable" for k in RULES}
    ag = [x for x in recs if x["sp"] == "agent"]

    def starts(*tags):
        return [x["s"] for x in ag if set(tags) & set(x["tags"])]

    def first(*tags):
        s = starts(*tags)
        return min(s) if s else None

    def pf(ok):
        return "pass" if ok else "fail"

    if c["dir"] == "in":
        for key, tag, lim in (("greeting", "greet", 2000), ("company_name", "company", 2000),
                              ("self_intro", "name", 3000), ("offer_help", "offer", 4500)):
            v = first(tag)
            T["inbound/" + key] = pf(v is not None and v < lim)
        T["inbound/confirm_problem"] = pf(bool(starts("restate")))
        T["inbound/resolution"] = pf(bool(starts("resolve")))
        T["inbound/anything_else"] = pf(bool(starts("anyelse")))
        last = E - 2500
        th = [s for s in starts("thanks", "thanks_mid") if s >= last]
        by = [s for s in starts("bye", "bye_early") if s >= last]
        T["inbound/thanks"] = pf(bool(th))
        T["inbound/goodbye"] = pf(bool(by))
        g, rs = first("greet"), first("resolve")
        if g is not None and rs is not None:
            T["inbound/greeting_before_resolution"] = pf(g < rs)
        if th and by:
            T["inbound/thanks_before_goodbye"] = pf(min(th) < min(by))
    else:
        for key, tag, lim in (("identify_self", "name", 3000),
                              ("identify_company", "company", 3000),
                              ("purpose", "purpose", 6000),
                              ("recording_disclosure", "record", 6000)):
            v = first(tag)
            T["outbound/" + key] = pf(v is not None and v < lim)
        if starts("record"):
            v = first("consent")
            T["outbound/consent"] = pf(v is not None and v < 9000)
    negs = [s for s in timed if s["sp"] == "customer" and s["mood"] == "negative"]
    if negs:
        t0 = negs[0]["s"]
        T["angry_caller/empathy"] = pf(any(t0 <= s <= t0 + 2000 for s in starts("empathy")))
        bad = any(n["s"] <= int(round(i["start_s"] * 100)) < n["e"] for i in intrs
                  for n in negs if i["speaker"] == "agent")
        T["angry_caller/no_interrupting_angry_customer"] = pf(not bad)
    T["angry_caller/no_blame"] = pf(not starts("blame"))
    T["forbidden/profanity"] = pf(not starts("swear", "swear_strict", "swear_plain"))
    if c["lang"] == "vi":
        T["forbidden/profanity_vi_strict"] = pf(not starts("swear_strict"))
    T["forbidden/rude"] = pf(not starts("rude"))
    T["forbidden/no_card_readback"] = pf(not starts("card"))
    return T


def edge_problem(c, timed, recs, E):
    if c["dir"] == "in":
        lims = {"greet": 2000, "company": 2000, "name": 3000, "offer": 4500}
    else:
        lims = {"name": 3000, "company": 3000, "purpose": 6000, "record": 6000,
                "consent": 9000}
    negs = [s for s in timed if s["sp"] == "customer" and s["mood"] == "negative"]
    t0 = negs[0]["s"] if negs else None
    for x in recs:
        if x["sp"] != "agent":
            continue
        for tag in x["tags"]:
            if tag in lims:
                e = lims[tag]
                if abs(x["s"] - e) < 200 or (x["seg_s"] < e) != (x["s"] < e):
                    return f"edge ({tag})"
            if c["dir"] == "in" and tag in ("thanks", "bye"):
                e = E - 2500
                if abs(x["s"] - e) < 200 or (x["seg_s"] < e) != (x["s"] < e):
                    return f"edge ({tag})"
            if tag in ("thanks_mid", "bye_early") and x["s"] > E - 2800:
                return f"edge ({tag})"
            if tag == "empathy" and t0 is not None:
                d = x["s"] - t0
                if abs(d) < 200 or abs(d - 2000) < 200:
                    return "edge (empathy)"
    return None


# ---------------------------------------------------------------- one call
def make_row(c, stats):
    L = LANGS[c["lang"]]
    vi = c["lang"] == "vi"
    prof = L["profiles"][c["prof"]]
    style, full = c["agent"]
    c["spoken"] = full.split()[-1] if vi else full.split()[0]
    c["x"] = prof.get("x", "you")
    c["cname"] = prof["names"][c["idx"] % 2]
    aspeed = {"long formal sentences": 1.05, "brisk, answers early": 0.9,
              "very brief": 0.9}.get(style, 1.0)
    for attempt in range(600):
        r = rng_for(f"{SEED}/call/{c['idx']}/{attempt}")
        head, blocks, tail, cats, decoys = build_segments(c, r)
        fixed = len(head) + sum(len(b) for b in blocks) + len(tail)
        long = c["long"] or fixed > 15
        target = r.randint(22, 30) if long else r.randint(11, 15)
        target = max(target, fixed)
        K = L["pack"]
        pairs = [list(x) for x in K["fillers"]]
        r.shuffle(pairs)
        n = fixed
        while n + 2 <= target:
            q, a = pairs[(n // 2) % len(pairs)]
            pos = r.randint(1 if blocks and c["angry"] and not c["st"].get("late_anger")
                            else 0, len(blocks))
            blocks.insert(pos, [S("agent", P(fmt(q, c))), S("customer", P(fmt(a, c)))])
            n += 2
        segs = head + [s for b in blocks for s in b] + tail
        p_noise = [0.45, 0.65, 0.85, 0.95][c["noise"]]
        for s in segs:
            neg = s["mood"] == "negative"
            for pc in s["pcs"]:
                pc["nt"] = noise_piece(pc["t"], c["lang"], p_noise, r, pc["prot"] or neg)
        res = time_call(segs, r, {"agent": aspeed, "customer": prof["speed"]}, vi)
        if res is None:
            stats["interruption"] = stats.get("interruption", 0) + 1
            continue
        timed, intrs, recs, E = res
        why = None
        ns = len(timed)
        if not (9 <= ns <= 15 or 21 <= ns <= 34):
            why = "segment count"
        elif not 5000 <= E <= 24000:
            why = "length"
        else:
            why = edge_problem(c, timed, recs, E)
        truth = None
        if why is None:
            truth = compute_truth(c, timed, intrs, recs, E)
            fails = [k for k in RULES if truth[k] == "fail"]
            plan = set(c["faults"])
            if "STRICT" in plan:
                plan |= {"forbidden/profanity", "forbidden/profanity_vi_strict"}
            if "PLAIN" in plan:
                plan.add("forbidden/profanity")
            plan -= {"STRICT", "PLAIN"}
            if set(fails) != plan:
                why = "plan mismatch"
        if why is None:
            row = to_row(c, timed, intrs, truth, cats, decoys, E, style, full, prof)
            probs = text_check(row)
            if probs:
                why = f"text check ({probs[0]})"
        if why:
            stats[why] = stats.get(why, 0) + 1
            continue
        stats["ok"] = stats.get("ok", 0) + 1
        return row
    raise SystemExit(f"no draw for call {c['idx']}")


QUEUE = {"billing": "billing", "outage": "technical", "refund": "disputes",
         "cancellation": "accounts", "complaint": "complaints", "card_lost": "cards",
         "address_change": "accounts", "payment": "payments", "fraud": "fraud"}


def to_row(c, timed, intrs, truth, cats, decoys, E, style, full, prof):
    lang = c["lang"]
    segments, sent = [], []
    for s in timed:
        words = [[w[0] / 100, w[1] / 100, w[2]] for w in s["words"]]
        segments.append(dict(speaker=s["sp"], start=s["s"] / 100, end=s["e"] / 100,
                             text=" ".join(w[2] for w in words), words=words))
        sent.append(s["mood"])
    cats = set(cats)
    if "negative" in sent:
        cats.add("complaint")
    rv = []
    rr = rng_for(f"{SEED}/rv/{c['idx']}")
    for s in timed:
        if s["mood"] == "negative" and rr.random() < 0.5:
            rv.append(dict(speaker="customer", start_s=round(s["s"] / 100 + 0.2, 2),
                           end_s=round(s["e"] / 100 - 0.1, 2),
                           above_median_db=round(rr.uniform(7.0, 14.0), 1)))
    ints = [dict(speaker=i["speaker"], interrupted=i["interrupted"], start_s=i["start_s"],
                 overlap_s=i["overlap_s"]) for i in intrs]
    sc = (LANGS[lang]["ins"] if c["dir"] == "in" else LANGS[lang]["outs"])[c["sc"]]
    first_cat = sorted(sc[1])[0] if sc[1] else None
    who = prof["p"] if c["dir"] == "in" else "called customer ({})".format(prof["p"])
    direction = "inbound" if c["dir"] == "in" else "outbound"
    size = "long" if len(timed) >= 21 else "short"
    mood = "angry" if "negative" in sent else "calm"
    context = f"{direction}/{sc[0]}; {who}; agent: {style}; {size}; noise {c['noise']}; {mood}"
    return dict(
        id=f"{lang}-heldout19-{c['idx']:03d}", split=SPLIT, language=lang,
        metadata=dict(direction="inbound" if c["dir"] == "in" else "outbound",
                      queue=QUEUE.get(first_cat, "general"), agent_name=full, language=lang),
        faults=[k for k in RULES if truth[k] == "fail"], decoys=sorted(set(decoys)),
        context=context, segments=segments, sentiment=sent,
        metrics=dict(speaker_separated=True, interruptions=ints, raised_voice=rv),
        truth={k: truth[k] for k in RULES}, categories=sorted(cats))


# ---------------------------------------------------------------- independent text check
KW = {
    "en": dict(
        greet=["hello", "hi", "hiya", "morning", "afternoon", "evening"],
        offer=["help", "assist", "how can", "what can", "do for you", "go ahead"],
        record=["recorded", "recording"],
        thanks=["thank", "thanks", "cheers", "ta", "appreciate"],
        bye=["bye", "goodbye", "cheerio", "take care"],
        anyelse=["else", "further", "anything more"],
        empathy=["i'm sorry", "so sorry", "really sorry", "understand", "apologise",
                 "frustrating", "awful"],
        swear=["shit", "fuck", "fucking", "bollocks", "bloody", "crap", "pissed"],
        code=["code", "cvv"],
        digits=["zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight",
                "nine"]),
    "vi": dict(
        greet=["chào"],
        offer=["giúp", "hỗ trợ", "cứ nói", "support", "cần chi"],
        record=["ghi âm"],
        thanks=["cảm ơn", "cám ơn"],
        bye=["chào", "bye"],
        anyelse=["khác", "gì nữa", "gì thêm", "chi nữa", "vướng mắc"],
        empathy=["xin lỗi", "thông cảm", "em hiểu"],
        swear=[],
        code=["cvv", "mã"],
        digits=["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]),
}
STRICT = ["đéo", "địt", "đụ", "vãi", "lồn"]
PLAIN = ["deo", "dit"]


def norm_tok(w):
    return w.lower().strip(".,?!;:\"()")


def tok_match(tok, kw):
    return tok == kw or (tok == strip_marks(tok) and tok == strip_marks(kw))


def has_kw(toks, kws):
    for kw in kws:
        parts = kw.split()
        for i in range(len(toks) - len(parts) + 1):
            if all(tok_match(toks[i + j], parts[j]) for j in range(len(parts))):
                return True
    return False


def agent_toks(row, lo=None, hi=None):
    out = []
    for s in row["segments"]:
        if s["speaker"] != "agent":
            continue
        for w in s["words"]:
            if (lo is None or w[0] >= lo) and (hi is None or w[0] < hi):
                out.append(norm_tok(w[2]))
    return out


def digit_count(tok, lang):
    if tok.isdigit():
        return len(tok)
    if any(tok_match(tok, d) for d in KW[lang]["digits"]):
        return 1
    return 0


def card_in(toks, lang):
    run = 0
    for t in toks:
        n = digit_count(t, lang)
        run = run + n if n else 0
        if run >= 12:
            return True
    for i, t in enumerate(toks):
        if t in KW[lang]["code"]:
            for j in range(i + 1, min(i + 7, len(toks))):
                run = 0
                for t2 in toks[j:j + 6]:
                    n = digit_count(t2, lang)
                    if not n:
                        break
                    run += n
                if run >= 3:
                    return True
    return False


def text_check(row):
    lang = row["language"]
    K = KW[lang]
    T = row["truth"]
    md = row["metadata"]
    probs = []
    E = max(s["end"] for s in row["segments"])
    inb = md["direction"] == "inbound"
    if T["inbound/greeting"] == "fail" and has_kw(agent_toks(row, hi=21), K["greet"]):
        probs.append("greeting")
    forms = LANGS[lang]["pack"]["company_forms"]
    ckey = "inbound/company_name" if inb else "outbound/identify_company"
    if T[ckey] == "fail" and has_kw(agent_toks(row, hi=21 if inb else 31), forms):
        probs.append("company")
    nkey = "inbound/self_intro" if inb else "outbound/identify_self"
    spoken = md["agent_name"].split()[-1 if lang == "vi" else 0].lower()
    if T[nkey] == "fail" and has_kw(agent_toks(row, hi=31), [spoken]):
        probs.append("self intro")
    if T["inbound/offer_help"] == "fail" and has_kw(agent_toks(row, hi=46), K["offer"]):
        probs.append("offer")
    if (T["outbound/recording_disclosure"] == "fail"
            and has_kw(agent_toks(row, hi=61), K["record"])):
        probs.append("recording")
    if T["inbound/thanks"] == "fail" and has_kw(agent_toks(row, lo=E - 26), K["thanks"]):
        probs.append("thanks")
    if T["inbound/goodbye"] == "fail" and has_kw(agent_toks(row, lo=E - 26), K["bye"]):
        probs.append("goodbye")
    if T["inbound/anything_else"] == "fail" and has_kw(agent_toks(row), K["anyelse"]):
        probs.append("anything else")
    negs = [s for s, m in zip(row["segments"], row["sentiment"], strict=True)
            if s["speaker"] == "customer" and m == "negative"]
    if T["angry_caller/empathy"] == "fail":
        t0 = negs[0]["start"]
        if has_kw(agent_toks(row, lo=t0, hi=t0 + 21), K["empathy"]):
            probs.append("empathy")
    if not negs and (T["angry_caller/empathy"] != "not_applicable"
                     or T["angry_caller/no_interrupting_angry_customer"] != "not_applicable"):
        probs.append("anger n/a")
    allt = agent_toks(row)
    if lang == "en":
        if has_kw(allt, K["swear"]) != (T["forbidden/profanity"] == "fail"):
            probs.append("swear")
    else:
        strict = any(t in STRICT for t in allt)
        plain = any(t in PLAIN for t in allt)
        if strict != (T["forbidden/profanity_vi_strict"] == "fail"):
            probs.append("strict swear")
        if (strict or plain) != (T["forbidden/profanity"] == "fail"):
            probs.append("swear")
    if card_in(allt, lang) != (T["forbidden/no_card_readback"] == "fail"):
        probs.append("card")
    bad = False
    for i in row["metrics"]["interruptions"]:
        for s in negs:
            if s["start"] <= i["start_s"] < s["end"] and i["speaker"] == "agent":
                bad = True
    if negs and bad != (T["angry_caller/no_interrupting_angry_customer"] == "fail"):
        probs.append("interrupting")
    return probs


# ---------------------------------------------------------------- validator and tables
def validate(rows):
    errs = []
    ids = set()
    for row in rows:
        rid = row["id"]
        if rid in ids:
            errs.append(f"{rid} duplicate id")
        ids.add(rid)
        if list(row) != ["id", "split", "language", "metadata", "faults", "decoys", "context",
                         "segments", "sentiment", "metrics", "truth", "categories"]:
            errs.append(f"{rid} field order")
        if list(row["truth"]) != RULES:
            errs.append(f"{rid} truth keys")
        if any(v not in ("pass", "fail", "not_applicable") for v in row["truth"].values()):
            errs.append(f"{rid} truth value")
        if row["faults"] != [k for k in RULES if row["truth"][k] == "fail"]:
            errs.append(f"{rid} faults")
        if row["categories"] != sorted(set(row["categories"])) or not set(
                row["categories"]) <= set(CATS):
            errs.append(f"{rid} categories")
        segs = row["segments"]
        if not (9 <= len(segs) <= 15 or 21 <= len(segs) <= 34):
            errs.append(f"{rid} segment count")
        if len(row["sentiment"]) != len(segs):
            errs.append(f"{rid} sentiment")
        E = max(s["end"] for s in segs)
        if not 50 <= E <= 240:
            errs.append(f"{rid} length")
        starts = {round(i["start_s"], 2) for i in row["metrics"]["interruptions"]}
        last_end = 0.0
        prev_s = -1.0
        for s in segs:
            if s["text"] != " ".join(w[2] for w in s["words"]):
                errs.append(f"{rid} text/words")
            ws = -1.0
            for a, b, _ in s["words"]:
                if not (s["start"] <= a < b <= s["end"]) or a < ws:
                    errs.append(f"{rid} word times")
                if abs(round(a * 100) - a * 100) > 1e-6 or abs(round(b * 100) - b * 100) > 1e-6:
                    errs.append(f"{rid} grid")
                ws = b
            if s["start"] < prev_s:
                errs.append(f"{rid} segment order")
            if s["start"] < last_end and round(s["start"], 2) not in starts:
                errs.append(f"{rid} unrecorded overlap")
            prev_s = s["start"]
            last_end = max(last_end, s["end"])
        for i in row["metrics"]["interruptions"]:
            if not i["overlap_s"] > 0:
                errs.append(f"{rid} overlap_s")
        for v in row["metrics"]["raised_voice"]:
            if not any(s["speaker"] == "customer" and m == "negative"
                       and s["start"] <= v["start_s"] < v["end_s"] <= s["end"]
                       for s, m in zip(segs, row["sentiment"], strict=True)):
                errs.append(f"{rid} raised voice")
        if row["language"] == "en" and row["truth"]["forbidden/profanity_vi_strict"] != (
                "not_applicable"):
            errs.append(f"{rid} vi strict on en")
        if text_check(row):
            errs.append(f"{rid} text check {text_check(row)}")
    for lang in ("en", "vi"):
        lr = [x for x in rows if x["language"] == lang]
        if len(lr) != 150:
            errs.append(f"{lang} count")
        d = [x["metadata"]["direction"] for x in lr]
        if d.count("inbound") != 110 or d.count("outbound") != 40:
            errs.append(f"{lang} direction balance")
        for k in RULES:
            if k == "forbidden/profanity_vi_strict" and lang == "en":
                continue
            if sum(x["truth"][k] == "fail" for x in lr) < 9:
                errs.append(f"{lang} fewer than 9 fails of {k}")
        if sum(not x["faults"] for x in lr) < 15:
            errs.append(f"{lang} fault-free")
    for cat in CATS:
        if sum(cat in x["categories"] for x in rows) < 15:
            errs.append(f"category {cat} under 15")
    return errs


def tables(rows):
    out = ["| rule | en fail | en pass | en n/a | vi fail | vi pass | vi n/a |",
           "|---|---|---|---|---|---|---|"]
    for k in RULES:
        cells = []
        for lang in ("en", "vi"):
            lr = [x for x in rows if x["language"] == lang]
            for v in ("fail", "pass", "not_applicable"):
                cells.append(str(sum(x["truth"][k] == v for x in lr)))
        out.append("| {} | {} |".format(k, " | ".join(cells)))
    out += ["", "| category | en | vi | total |", "|---|---|---|---|"]
    for cat in CATS + [None]:
        n = [sum((cat in x["categories"]) if cat else not x["categories"]
                 for x in rows if x["language"] == lang) for lang in ("en", "vi")]
        out.append(f"| {cat or '(none)'} | {n[0]} | {n[1]} | {n[0] + n[1]} |")
    fc = {}
    for x in rows:
        fc[len(x["faults"])] = fc.get(len(x["faults"]), 0) + 1
    out.append("")
    out.append("Faults per call: " + ", ".join(f"{fc[k]} in {k}" for k in sorted(fc)))
    ang = [x for x in rows if "negative" in x["sentiment"]]
    n_en = sum(x["language"] == "en" for x in ang)
    n_in = sum(x["metadata"]["direction"] == "inbound" for x in ang)
    n_rv = sum(bool(x["metrics"]["raised_voice"]) for x in rows)
    n_int = sum(bool(x["metrics"]["interruptions"]) for x in rows)
    n_bad = sum(x["truth"]["angry_caller/no_interrupting_angry_customer"] == "fail"
                for x in rows)
    out.append(f"Anger: {len(ang)} calls (en {n_en}, vi {len(ang) - n_en}; {n_in} inbound,"
               f" {len(ang) - n_in} outbound); raised voice in {n_rv}; interruptions recorded"
               f" in {n_int} calls ({n_bad} inside anger).")
    ns = [len(x["segments"]) for x in rows]
    lens = [max(s["end"] for s in x["segments"]) for x in rows]
    n_long = sum(n >= 21 for n in ns)
    n_long_en = sum(len(x["segments"]) >= 21 for x in rows if x["language"] == "en")
    out.append(f"Segments {min(ns)}-{max(ns)}; long calls (21+) {n_long} (en {n_long_en},"
               f" vi {n_long - n_long_en}); {min(lens):.1f}-{max(lens):.1f} s.")
    dc = {}
    for x in rows:
        for d in x["decoys"]:
            dc[d] = dc.get(d, 0) + 1
    out.append("Decoy tags: " + ", ".join(f"{k} {dc[k]}" for k in sorted(dc)))
    return "\n".join(out)


def plant(rows):
    res = []

    def add_word(row, seg, word):
        s = row["segments"][seg]
        a = round(s["end"] - 0.05, 2)
        s["words"].append([a, a, word])

    def test(name, sel, fn):
        n = flagged = 0
        for row in rows:
            if not sel(row):
                continue
            x = json.loads(json.dumps(row))
            fn(x)
            n += 1
            flagged += bool(text_check(x))
        res.append(f"{name}: {flagged} of {n} flagged")

    def first_agent(x):
        return next(i for i, s in enumerate(x["segments"]) if s["speaker"] == "agent")

    def ins_first(word):
        def fn(x):
            i = first_agent(x)
            w = x["segments"][i]["words"][0]
            x["segments"][i]["words"].insert(0, [w[0], w[0], word])
        return fn

    def last_agent(x):
        return max(i for i, s in enumerate(x["segments"]) if s["speaker"] == "agent")

    test("greeting word into greeting-fail rows",
         lambda x: x["truth"]["inbound/greeting"] == "fail",
         lambda x: ins_first("hello" if x["language"] == "en" else "chào")(x))
    test("company word into company-fail rows",
         lambda x: "fail" in (x["truth"]["inbound/company_name"],
                              x["truth"]["outbound/identify_company"]),
         lambda x: ins_first("acme" if x["language"] == "en" else "abc")(x))
    test("offer word into offer-fail rows",
         lambda x: x["truth"]["inbound/offer_help"] == "fail",
         lambda x: ins_first("help" if x["language"] == "en" else "giúp")(x))
    test("thanks into the last agent segment of thanks-fail rows",
         lambda x: x["truth"]["inbound/thanks"] == "fail",
         lambda x: [add_word(x, last_agent(x), w)
                    for w in (["thanks"] if x["language"] == "en" else ["cảm", "ơn"])])
    test("else into anything-else-fail rows",
         lambda x: x["truth"]["inbound/anything_else"] == "fail",
         lambda x: add_word(x, first_agent(x), "else" if x["language"] == "en" else "khác"))
    test("swear into fault-free rows", lambda x: not x["faults"],
         lambda x: add_word(x, first_agent(x), "shit" if x["language"] == "en" else "đéo"))
    test("16 digits into rows without a card fail",
         lambda x: x["truth"]["forbidden/no_card_readback"] == "pass",
         lambda x: add_word(x, first_agent(x), "4929103455678812"))
    test("unmarked deo into vi rows without a profanity fail (should flag: plain swear)",
         lambda x: x["language"] == "vi" and x["truth"]["forbidden/profanity"] == "pass",
         lambda x: add_word(x, first_agent(x), "deo"))
    test("unmarked 'du' into vi rows without a strict fail (should not flag)",
         lambda x: x["language"] == "vi" and x["truth"]["forbidden/profanity"] == "pass",
         lambda x: add_word(x, first_agent(x), "du"))
    return res


def build():
    rows = []
    stats = {}
    for lang in ("en", "vi"):
        for c in plan_lang(lang):
            rows.append(make_row(c, stats))
    return rows, stats


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def main():
    rows, stats = build()
    errs = validate(rows)
    data = dump(rows)
    if errs:
        print("\n".join(sorted(set(errs))[:60]))
        raise SystemExit(f"validation failed: {len(errs)} problems")
    if "--check" in sys.argv:
        if not OUT.exists() or OUT.read_bytes() != data:
            raise SystemExit("heldout19.jsonl differs from the rebuilt set")
        print("check: byte-identical")
    else:
        OUT.write_bytes(data)
    print(tables(rows))
    print("Draws: " + ", ".join(f"{k} {stats[k]}" for k in sorted(stats)))
    print(f"SHA-256 {hashlib.sha256(data).hexdigest()}")
    if "--plant" in sys.argv:
        print("\n".join(plant(rows)))


if __name__ == "__main__":
    main()
