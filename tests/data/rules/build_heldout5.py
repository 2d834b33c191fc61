"""Build tests/data/rules/heldout5.jsonl: a blind held-out set for aqm's compliance rules.

Written from the rule descriptions and call script only (no phrase lists, no other sets).
Every call is assembled from tagged parts (greeting, self intro, resolution, ...); the truth
of each rule is then computed from the timed parts with the windows of the rule
descriptions, and calls whose timings land too close to a window edge are re-drawn.
Deterministic: `python tests/data/rules/build_heldout5.py` always writes the same file.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

OUT = Path(__file__).with_name("heldout5.jsonl")
SEED = 5_0205

RULES = [
    "inbound/greeting",
    "inbound/company_name",
    "inbound/self_intro",
    "inbound/offer_help",
    "inbound/confirm_problem",
    "inbound/resolution",
    "inbound/anything_else",
    "inbound/thanks",
    "inbound/goodbye",
    "inbound/greeting_before_resolution",
    "inbound/thanks_before_goodbye",
    "outbound/identify_self",
    "outbound/identify_company",
    "outbound/purpose",
    "outbound/recording_disclosure",
    "outbound/consent",
    "angry_caller/empathy",
    "angry_caller/no_blame",
    "angry_caller/no_interrupting_angry_customer",
    "forbidden/profanity",
    "forbidden/profanity_vi_strict",
    "forbidden/rude",
    "forbidden/no_card_readback",
]
CATEGORIES = [
    "billing",
    "outage",
    "refund",
    "cancellation",
    "complaint",
    "card_lost",
    "address_change",
    "payment",
    "fraud",
]

# --------------------------------------------------------------------------- agents
AGENTS_EN = [
    ("Sam Whitaker", ["Sam", "Sam", "Sam"]),
    ("Priya Sharma", ["Priya", "Priya", "pria"]),
    ("Siobhan Kelly", ["Siobhan", "Siobhan", "shiv on"]),
    ("Tom Jenkins", ["Tom", "Tom", "Tom"]),
    ("Aisha Bello", ["Aisha", "Aisha", "i sha"]),
    ("Daniel Reyes", ["Daniel", "Dan", "Danny"]),
    ("Gareth Price", ["Gareth", "Gareth", "garret"]),
    ("Megan Lloyd", ["Megan", "Meg", "megan"]),
    ("Jamal Carter", ["Jamal", "Jamal", "jamaal"]),
    ("Rosa Martinez", ["Rosa", "Rosa", "rosa"]),
    ("Kieran Doyle", ["Kieran", "Kieran", "kiran"]),
    ("Chloe Bennett", ["Chloe", "Chloe", "clo e"]),
    ("Marcus Hughes", ["Marcus", "Marcus", "marcus"]),
    ("Hannah Cole", ["Hannah", "Hannah", "hanna"]),
    ("Olu Adeyemi", ["Olu", "Olu", "oh lou"]),
    ("Beth Morgan", ["Beth", "Beth", "bess"]),
]
AGENTS_VI = [
    ("Nguyễn Thị Lan", ["Lan", "Lan", "lang"]),
    ("Trần Văn Hùng", ["Hùng", "Hùng", "hung"]),
    ("Lê Thị Hồng Nhung", ["Nhung", "Nhung", "nhun"]),
    ("Phạm Minh Tuấn", ["Tuấn", "Tuấn", "tuan"]),
    ("Võ Thị Thu Trang", ["Trang", "Trang", "tran"]),
    ("Đỗ Quang Huy", ["Huy", "Huy", "huy"]),
    ("Bùi Ngọc Ánh", ["Ánh", "Ánh", "anh"]),
    ("Đặng Thị Mai", ["Mai", "Mai", "mai"]),
    ("Huỳnh Văn Phúc", ["Phúc", "Phúc", "phuc"]),
    ("Ngô Thanh Hà", ["Hà", "Hà", "ha"]),
    ("Lý Thị Thảo", ["Thảo", "Thảo", "thao"]),
    ("Trương Công Vinh", ["Vinh", "Vinh", "vin"]),
    ("Phan Thị Kim Oanh", ["Oanh", "Oanh", "oan"]),
    ("Đinh Văn Khoa", ["Khoa", "Khoa", "khoa"]),
]
QUEUES_EN = ["cards", "general", "fraud", "mortgages", "online_banking", "collections", "retail"]
QUEUES_VI = ["the", "tong_dai_chung", "gian_lan", "vay", "ngan_hang_so", "thu_no", "ca_nhan"]
STYLES = ["scripted", "chatty", "terse", "new_starter"]

# --------------------------------------------------------------------------- English banks
EN = {
    "greet": [
        "good morning", "good afternoon", "hello", "hi there", "hiya", "morning",
        "good evening", "hello there", "hi good morning", "hey hi", "hey how's it going",
        "hi you alright",
    ],
    "company": [
        "you're through to {b}", "{b}", "this is {b} customer services", "{b} cards team",
        "you've reached {b}", "{b} fraud line", "{b} mortgages",
    ],
    "company_tail": ["at {b}", "here at {b}", "from the {b} helpdesk"],
    "intro": [
        "my name is {n}", "{n} speaking", "you've got {n} on the line", "{n} with you today",
        "it's {n} here", "this is {n}", "I'm {n}", "you're speaking with {n}", "{n} here",
        "my name's {n}", "you're through to {n}",
    ],
    "help": [
        "how can I help you today", "what can I do for you", "how may I help", "how can I help",
        "what can I help you with this morning", "how can I be of help",
        "what can I sort out for you today", "how can I help you", "what can I do for ya",
    ],
    "late_intro": [
        "sorry I didn't say my name's {n} by the way", "and it's {n} you're speaking to by the way",
        "oh I should have said I'm {n}", "for your notes my name is {n}",
    ],
    "late_company": [
        "this is the {b} card services team by the way",
        "just so you know you've come through to {b}",
        "you're on the {b} helpline just so you know",
    ],
    "late_help": [
        "lovely thank you so how can I help today",
        "great that's you through security what can I do for you",
        "perfect thanks and what can I help with",
    ],
    "addr_readback": [
        "so that's fourteen Marlow Road Leeds LS6 2QT is that right",
        "and I've got flat 3 22 Kings Avenue Croydon yeah",
        "so 7 Elm Close Swindon SN2 is that still correct",
    ],
    "check_hold": [
        "let me just check that for you bear with me", "bear with me two seconds while I look",
        "let me just pop you on hold a moment", "one moment while I pull that up",
        "I'll just have a look at that hang on",
    ],
    "thanks_hold": [
        "thanks for holding", "thanks for bearing with me", "sorry about the wait there",
        "thank you for your patience", "right thanks for waiting",
    ],
    "anyelse": [
        "is there anything else I can help with today", "anything else I can do for you",
        "was there anything else at all", "can I help with anything else while you're on",
        "is there anything more I can sort out for you", "anything else today",
    ],
    "cust_nothing": [
        "no that's everything", "no that's it thanks", "nope all good", "no I think that's all",
        "no that's fine", "no you've sorted it",
    ],
    "thanks": [
        "thanks for calling", "thank you for calling {b}", "thanks very much for your call",
        "thank you for your time today", "thanks for getting in touch",
        "thanks so much for calling",
        "thank you for calling", "cheers for calling", "appreciate you calling in",
    ],
    "bye": [
        "bye", "goodbye", "bye now", "take care bye", "bye bye", "all the best bye",
        "have a lovely day bye", "okay bye for now", "ta ra now", "see ya",
    ],
    "cust_bye": ["thanks bye", "cheers bye", "okay bye then", "brilliant thanks bye", "bye"],
    "cust_hello": ["hi yes", "hello", "oh hi", "hiya", "yeah hi", "hi there"],
    "empathy": [
        "I'm really sorry to hear that", "I completely understand how frustrating that is",
        "oh no that sounds really stressful", "I can hear how upset you are and I'd feel the same",
        "that must be so worrying for you", "I'm so sorry you've been dealing with this",
        "I totally get why you're annoyed", "I'm sorry this has been such a hassle for you",
        "oh that's awful", "ugh what a nightmare for you",
    ],
    "condolence": [
        "I'm so sorry for your loss", "I'm really sorry to hear about your dad",
        "I'm very sorry that must be a really difficult time for you",
    ],
    "angry_out": [
        "complaint|why do you keep ringing me at work this is the fourth call this week",
        "complaint|I've told your lot three times already this is harassment I want to complain",
        "|oh great that's all I need today I'm furious",
    ],
    "nonempathy_react": [
        "okay noted", "right I'll put a note on the account", "okay so moving on",
        "sorry can you say that again", "sorry you cut out there what was that",
        "okay can I take your account number", "right let me look at the account",
        "okay what's the sort code", "noted I'll carry on with the checks",
        "okay so what's the postcode on the account",
    ],
    "blame": [
        "well that's your fault for not reading the terms",
        "you should have checked the details before you sent it",
        "I already told you that twice", "if you'd listened the first time we wouldn't be here",
        "that's on you I'm afraid you typed the wrong number",
        "no you're wrong that's not what happened", "you really should have called us sooner",
    ],
    "policy": [
        "our terms do say there's a fee for going over the limit",
        "the policy is that transfers can't be recalled once they've gone",
        "sorry that's our mistake we shouldn't have charged you",
        "that's an error on our side and I apologise",
    ],
    "profanity": [
        "oh shit the system's just crashed", "bloody hell it's slow today sorry",
        "for fuck's sake hang on it's frozen", "oh crap sorry wrong screen",
        "what the hell is this thing doing", "ah bollocks it's logged me out",
        "this fucking system honestly",
    ],
    "rude": [
        "calm down", "that's not my problem", "whatever do what you want",
        "are you stupid or something", "stop wasting my time", "look I haven't got all day",
        "I don't care it's policy",
    ],
    "polite_decoy": [
        "no problem at all", "take your time there's no rush", "no worries at all",
        "no problem whatever works for you", "whatever's easiest for you is fine by me",
    ],
    "readback_decoy": [
        "so that's the card ending 4821", "the last four digits are 0917 is that right",
        "your reference is 7741 2290 1183", "so your mobile is 07700 900 123 yeah",
        "sort code 20 45 77 and the account ending 3314",
    ],
    "cust_swear": [
        "this is a fucking joke", "this is bloody ridiculous", "I'm sick of this shit",
    ],
    "cust_blame": ["you people messed this up", "this is your fault not mine",
                   "your lot clearly cocked it up"],
    "angry_complaint": [
        "this is absolutely ridiculous I've been on hold for forty minutes",
        "are you kidding me that's the third time this month and nobody's fixed it",
        "I'm fuming nobody ever calls me back I want to speak to a manager",
        "honestly your service is a disgrace I've had enough",
        "I want to make a formal complaint this has been handled terribly",
    ],
    "angry_distress": [
        "I'm panicking here I need that money for my rent",
        "I'm so angry right now I can't believe this has happened",
        "this is really upsetting I don't know what to do",
        "I'm absolutely furious about this",
    ],
    "cust_ok": ["okay", "yeah that's right", "yes", "right okay", "mm hmm", "yep"],
    "cust_thanks_mid": ["oh great thank you", "brilliant", "okay that's good to hear", "lovely"],
    "small_talk_a": [
        "lovely weather out there today isn't it", "busy day here with the bank holiday coming up",
        "sorry the system's a little slow this morning",
    ],
    "small_talk_c": ["yeah it's been nice", "I bet", "no worries", "ha yeah"],
    "new_starter": [
        "sorry I'm quite new so bear with me", "apologies it's only my second week",
    ],
    "nonresolve": [
        "I'm afraid I can't help with that one", "hmm I don't really know sorry",
        "I'm not able to see anything about that sorry",
    ],
    "transfer_lead": [
        "I've had your details passed across from my colleague and",
        "right I've read the notes from the transfer and",
        "okay my colleague's filled me in and",
    ],
    "cust_greet_name": ["oh hi {n} I think I spoke to you yesterday", "is that {n} from before"],
}

# scenario: prob = customer problem ("cats|text"), conf = agent restates it, res = agent resolves
SCEN_EN = {
    "declined_abroad": {
        "prob": [
            "|I'm in Lisbon and my card keeps getting declined in every shop",
            "|my debit card got declined at a restaurant in Spain last night and it was so "
            "embarrassing",
            "|I'm on holiday in Florida and the card just won't work at all",
        ],
        "conf": [
            "so you're abroad at the minute and the card's being turned down everywhere you try it",
            "right so it's been declined since you landed in Portugal is that it",
            "okay so the card's not going through for anything while you're overseas",
        ],
        "res": [
            "there was a security block because of the foreign transactions I've removed that so "
            "you can use it straight away",
            "I've taken the block off and added a travel note until the end of the month",
        ],
    },
    "double_charge": {
        "prob": [
            "billing,refund|I've been charged twice for the same shopping and I want one of them "
            "back",
            "billing|there's two payments to the gym on my statement for the same day",
            "billing,refund|the same hotel payment has come out twice can I get the money back",
        ],
        "conf": [
            "so the charge from last Tuesday went through twice right",
            "okay so you've got two identical payments to the same place and you only paid once",
            "so what you're seeing is a duplicate of that payment",
        ],
        "res": [
            "I've raised a dispute on the second payment and you should see it back in three to "
            "five working days",
            "the second one is only pending and it'll drop off by itself by Friday",
        ],
    },
    "overdraft_fee": {
        "prob": [
            "billing|why have I been charged a twenty five pound fee on my current account",
            "billing,refund|there's an overdraft charge on my account I didn't expect and I "
            "want it taken off",
            "billing|I don't understand these overdraft fees on my statement",
        ],
        "conf": [
            "so you've had an overdraft fee this month and you're not sure why it was charged",
            "right so the issue is that twenty five pound charge on the third",
            "okay so the fees on your statement don't make sense to you",
        ],
        "res": [
            "I can see it's your first one so I've refunded it as a goodwill gesture",
            "the fee was for going over the arranged limit and I've set up a text alert so it "
            "doesn't happen again",
        ],
    },
    "app_login": {
        "prob": [
            "outage|since the app updated last night I can't log in it just spins",
            "outage|your app keeps crashing when I open it after the update",
            "outage|the banking app says something went wrong every time I try to get in",
        ],
        "conf": [
            "so ever since the update the app won't let you log in",
            "okay so it crashes as soon as you open it on the new version",
            "right so you're getting an error on the app every single time",
        ],
        "res": [
            "there's a known problem with the latest version if you delete the app and reinstall "
            "it that fixes it",
            "our tech team are fixing it tonight and in the meantime you can use online banking on "
            "the website",
        ],
    },
    "locked_out": {
        "prob": [
            "|I got my password wrong too many times and now online banking is locked",
            "|it says my online account is suspended after I forgot my passcode",
        ],
        "conf": [
            "so you've been locked out after a few wrong password attempts",
            "okay so the online account is suspended because of the passcode",
        ],
        "res": [
            "I've unlocked it and sent a reset link to your email",
            "I've reset it so you'll get a text with a temporary passcode in a couple of minutes",
        ],
    },
    "lost_card": {
        "prob": [
            "card_lost,cancellation|I've lost my debit card and I want to cancel it",
            "card_lost|I can't find my card anywhere I think I dropped it at the station",
            "card_lost|I think I left my credit card in a taxi last night",
        ],
        "conf": [
            "so your card's gone missing and you'd like it stopped",
            "right so you think you lost it at the station yesterday",
            "okay so the credit card was left in the taxi",
        ],
        "res": [
            "I've cancelled that card and a new one will be with you in three to five working days",
            "the card is frozen now and I've ordered a replacement to your home address",
        ],
    },
    "stolen_fraud": {
        "prob": [
            "card_lost,fraud|my purse was stolen and there are payments on my card I didn't make",
            "card_lost,fraud|someone nicked my wallet and now there's three transactions in "
            "Manchester that aren't mine",
        ],
        "conf": [
            "so your purse was stolen and since then there's been spending you don't recognise",
            "okay so the wallet was taken and those Manchester payments weren't you",
        ],
        "res": [
            "I've stopped the card and passed those three payments to our fraud team who will "
            "contact you within forty eight hours",
            "the card is blocked and the fraud team will refund those once they've investigated",
        ],
    },
    "unknown_tx": {
        "prob": [
            "fraud|there's a payment to some website I've never heard of on my account",
            "fraud|I've got transactions from overseas that I definitely didn't make",
            "fraud|someone's been using my card online I don't recognise any of these",
        ],
        "conf": [
            "so there's a payment to a company you've never used",
            "okay so the overseas spending isn't anything you did",
            "right so these online purchases aren't yours",
        ],
        "res": [
            "I've blocked the card and raised a fraud claim for those payments",
            "the fraud team have the case now and you'll get a letter with the reference",
        ],
    },
    "address": {
        "prob": [
            "address_change|I've just moved house and need to update my address",
            "address_change|can I change the address on my account please we've moved to Bristol",
        ],
        "conf": [
            "so you've moved and you want the new address on the account",
            "okay so it's just the address that needs changing to the Bristol one",
        ],
        "res": [
            "that's updated now and you'll get a letter to the new address confirming it",
            "done your new address is on all your accounts from today",
        ],
    },
    "pay_card": {
        "prob": [
            "payment|I'd like to pay off my credit card balance over the phone",
            "payment|can I make a payment towards my loan today",
            "payment|I want to pay this month's credit card bill before the due date",
        ],
        "conf": [
            "so you'd like to clear the credit card balance now",
            "okay so you want to put some money towards the loan today",
            "right so you want to pay this month's amount early",
        ],
        "res": [
            "that payment's gone through and it'll show on your balance by tomorrow",
            "I've taken the payment from your current account and the reference is on its way by "
            "text",
        ],
    },
    "atm_kept": {
        "prob": [
            "outage|the cash machine on the high street froze and kept my card",
            "outage|your ATM at the station swallowed my card and didn't give me any money",
        ],
        "conf": [
            "so the machine froze up and held on to your card",
            "okay so the ATM took the card and you didn't get your cash",
        ],
        "res": [
            "the retained card will be destroyed so I've ordered you a new one and reported the "
            "machine",
            "I've logged the fault with the machine and a new card is on its way",
        ],
    },
    "wrong_transfer": {
        "prob": [
            "refund|I sent five hundred pounds to the wrong account and I need it back",
            "refund|I made a transfer yesterday but typed the account number wrong can I get it "
            "back",
        ],
        "conf": [
            "so the five hundred went to an account you didn't mean to pay",
            "okay so the account number was mistyped and the money went somewhere else",
        ],
        "res": [
            "I've started a recall request with the other bank and we'll update you within ten "
            "working days",
            "I've raised a payment recovery claim and you'll get a letter explaining the next "
            "steps",
        ],
    },
    "standing_order": {
        "prob": [
            "cancellation|I need to cancel a standing order to my old landlord",
            "cancellation|can you stop the monthly standing order that goes to my sister",
        ],
        "conf": [
            "so the standing order to the old landlord needs to stop",
            "okay so you want the monthly one to your sister cancelled",
        ],
        "res": [
            "that standing order is cancelled and nothing else will go out",
            "I've cancelled it so the payment on the first won't be taken",
        ],
    },
    "mortgage_rate": {
        "prob": [
            "|my fixed rate mortgage is ending and I want to know what rates you've got",
            "|what's the interest rate on the savings account at the minute",
        ],
        "conf": [
            "so your fixed deal is coming to an end and you want to see the options",
            "okay so you're asking about the current savings rate",
        ],
        "res": [
            "I've booked you an appointment with a mortgage adviser for Thursday at ten",
            "it's three point two percent at the moment and I've emailed you the details",
        ],
    },
    "deceased": {
        "prob": [
            "|my father passed away last week and I don't know what to do about his account",
            "cancellation|my mum died recently and I need to close her account",
        ],
        "conf": [
            "so you need to let us know about your father and sort out his account",
            "okay so you're looking to close your mum's account after her death",
        ],
        "res": [
            "I'll send you our bereavement pack and once we have the death certificate we can "
            "close it",
            "I've registered the death on the account and our bereavement team will call you "
            "within two days",
        ],
    },
    "branch_closure": {
        "prob": [
            "complaint|I'm not happy that you're closing the branch in my town it's a disgrace",
            "complaint|I want to complain about how I was treated at the branch on Saturday",
        ],
        "conf": [
            "so you're unhappy about the local branch closing down",
            "okay so you weren't treated well when you went in on Saturday",
        ],
        "res": [
            "I've logged your complaint and you'll get a written response within eight weeks",
            "I've raised that as a formal complaint and a manager will ring you back tomorrow",
        ],
    },
    "statement": {
        "prob": [
            "billing|there are some charges on my credit card statement I don't understand",
            "billing|my statement shows an annual fee that I thought was waived",
        ],
        "conf": [
            "so it's a few of the charges on the statement that don't make sense",
            "okay so you thought the annual fee wasn't being charged",
        ],
        "res": [
            "those are the interest charges from last month and I've emailed you a breakdown",
            "you're right the fee should have been waived so I've put it back on the card",
        ],
    },
    "close_account": {
        "prob": [
            "cancellation,complaint|I want to close my account I'm sick of the poor service",
            "cancellation|I'd like to close my savings account please",
        ],
        "conf": [
            "so you'd like to close the account because you're not happy with us",
            "okay so you want the savings account closed",
        ],
        "res": [
            "I've put the closure through and the balance will go to your other account in five "
            "days",
            "the account is closed and the money will be transferred by Friday",
        ],
    },
    "loan_status": {
        "prob": [
            "|I applied for a personal loan last week and haven't heard anything",
            "|can you tell me where my loan application is up to",
        ],
        "conf": [
            "so you're waiting on an answer for the loan you applied for",
            "okay so you want an update on the application",
        ],
        "res": [
            "it's been approved and the money will be in your account tomorrow",
            "it needs one more document so I've sent you a link to upload your payslip",
        ],
    },
    "website_down": {
        "prob": [
            "outage,payment|I'm trying to pay my credit card on your website but it's down",
            "outage|your website won't load at all I've been trying since this morning",
        ],
        "conf": [
            "so the site's not loading when you try to make the payment",
            "okay so the website's been down for you all morning",
        ],
        "res": [
            "there's planned maintenance until two so I can take that payment for you now",
            "it should be back up within the hour and I've noted your account in case of late fees",
        ],
    },
}
SECOND_EN = [
    "address_change|oh and while I'm on I've moved so can you update my address",
    "payment|also can I make a payment on my credit card while I'm here",
    "billing|and can you explain the fee on last month's statement",
    "cancellation|oh and can you cancel my old savings account too",
]

OUT_EN = {
    "fraud_check": {
        "purpose": [
            "I'm calling because we've spotted some unusual payments on your card",
            "the reason for the call is a couple of transactions we wanted to check with you",
        ],
        "reply": ["fraud|no I didn't make those at all",
                  "|oh yes those were me I was online shopping"],
        "res": ["I'll block the card now and send a new one", "thanks I'll mark those as genuine"],
    },
    "overdue": {
        "purpose": [
            "I'm ringing about the payment on your credit card that's a few days overdue",
            "I'm calling about the missed loan payment from last month",
        ],
        "reply": ["payment|oh no can I pay it now over the phone",
                  "billing|I thought I paid that can you check the bill"],
        "res": ["I've taken that payment and removed the late fee", "I can see it now it was "
                "applied to the wrong month so I've corrected it"],
    },
    "card_delivery": {
        "purpose": [
            "I'm calling to check you've received your new debit card",
            "I'm just calling to make sure your replacement card arrived okay",
        ],
        "reply": ["address_change|I haven't because I moved can I change my address",
                  "|yes it came on Monday thanks"],
        "res": ["I've updated your address and sent another card", "great I'll close the case"],
    },
    "complaint_followup": {
        "purpose": [
            "I'm calling about the complaint you raised last week",
            "I'm following up on your complaint about the branch",
        ],
        "reply": ["complaint|I'm still not happy and I want it escalated",
                  "complaint|nobody's done anything about my complaint"],
        "res": ["I've escalated it to a senior manager who will write to you",
                "I've passed it to our complaints team with a priority flag"],
    },
    "offer": {
        "purpose": [
            "I'm calling because you're eligible for a lower rate on your credit card",
            "I wanted to talk to you about a savings account with a better rate",
        ],
        "reply": ["cancellation|not interested actually can you cancel my overdraft instead",
                  "|maybe can you email me the details"],
        "res": ["I've removed the overdraft from today", "I'll email that over this afternoon"],
    },
}
OUTB_EN = {
    "self": ["it's {n} calling", "my name is {n}", "this is {n}", "you're speaking to {n}"],
    "company": ["calling from {b}", "I'm calling from {b}", "from the {b} fraud team",
                "ringing from {b}"],
    "recording": [
        "just to let you know this call is recorded for training and quality",
        "calls are recorded for quality purposes", "this call is being recorded",
        "I need to tell you the call is recorded",
    ],
    "consent": [
        "is that okay with you", "are you happy to continue", "is that alright",
        "do you consent to that",
    ],
    "cust_pickup": ["hello", "hello who's this", "yeah hello", "hi"],
    "verify": ["am I speaking with the account holder", "is that Mr Patel", "is that Mrs Evans"],
    "cust_yes": ["yes speaking", "yeah that's me", "it is yes"],
    "security": [
        "before I go into detail I need to run through some security questions",
        "can you tell me your date of birth", "and the first line of your address",
        "and the postcode please", "and finally the last three transactions you made",
    ],
    "security_a": [
        "okay", "second of March eighty one", "twelve Church Lane", "NW3 6QR",
        "Tesco Amazon and the petrol station",
    ],
}

# --------------------------------------------------------------------------- Vietnamese banks
VI = {
    "greet": [
        "xin chào", "em chào anh", "em chào chị", "chào anh chị", "dạ em chào anh ạ",
        "a lô em chào chị ạ", "xin kính chào quý khách", "dạ chào chị", "chào anh ạ",
        "dạ em chào anh nha",
    ],
    "company": [
        "{b} xin nghe", "tổng đài {b}", "đây là {b}", "{b} kính chào", "trung tâm thẻ {b}",
        "{b} đây ạ",
    ],
    "company_nogreet": ["{b} xin nghe", "tổng đài {b}", "đây là {b}", "trung tâm thẻ {b}"],
    "company_tail": ["ở {b}", "bên {b}", "của {b}"],
    "intro": [
        "em là {n}", "em tên là {n}", "{n} xin nghe ạ", "tổng đài viên {n} xin nghe",
        "em {n} ở tổng đài đây ạ", "em là {n} bộ phận chăm sóc khách hàng", "{n} đây ạ",
        "em tên {n} ạ", "dạ em {n} nghe nè",
    ],
    "help": [
        "em có thể giúp gì cho anh chị ạ", "anh chị cần hỗ trợ gì ạ", "em giúp gì được cho chị ạ",
        "anh cần em hỗ trợ việc gì ạ", "chị cần giúp gì không ạ", "em có thể hỗ trợ gì cho mình ạ",
        "mình cần em hỗ trợ gì ạ", "chị cần em hỗ trợ gì hông ạ",
    ],
    "late_intro": [
        "à em quên chưa giới thiệu em là {n} ạ", "dạ em tên là {n} anh cần gì cứ gọi em nhé",
        "em là {n} đang hỗ trợ chị ạ",
    ],
    "late_company": [
        "dạ đây là tổng đài {b} ạ", "chị đang gọi đến {b} nhé",
    ],
    "late_help": [
        "dạ em cảm ơn anh giờ anh cần em hỗ trợ gì ạ", "vâng xác minh xong rồi chị cần giúp gì ạ",
        "dạ rồi mình cần hỗ trợ việc gì ạ",
    ],
    "addr_readback": [
        "địa chỉ của mình là số 12 ngõ 45 Láng Hạ Đống Đa đúng không ạ",
        "em thấy địa chỉ là 88 Nguyễn Thị Minh Khai quận 3 phải không chị",
        "dạ nhà mình ở 7 Trần Phú Hải Châu Đà Nẵng đúng không anh",
    ],
    "check_hold": [
        "anh chị vui lòng giữ máy giúp em một chút ạ", "em kiểm tra lại chút nhé",
        "dạ chị chờ em một lát em xem ngay", "anh giữ máy em kiểm tra hệ thống nha",
        "để em xem lại thông tin cho mình ạ", "chị chờ em xíu nha", "anh đợi em tí nhé",
    ],
    "thanks_hold": [
        "cảm ơn chị đã chờ máy", "dạ em cảm ơn anh đã giữ máy", "xin lỗi để anh chờ lâu",
        "cám ơn chị đã kiên nhẫn chờ",
    ],
    "anyelse": [
        "anh chị còn cần em hỗ trợ thêm gì nữa không ạ", "chị còn thắc mắc gì khác không ạ",
        "mình cần hỗ trợ thêm gì nữa không anh", "ngoài ra anh còn vấn đề gì khác không ạ",
        "chị có cần em giúp thêm việc gì nữa không ạ", "chị còn cần gì nữa hông ạ",
    ],
    "cust_nothing": ["thôi không còn gì nữa em", "dạ hết rồi", "không em ạ", "vậy được rồi",
                     "ừ hết rồi em"],
    "thanks": [
        "cảm ơn anh đã gọi đến {b}", "em cảm ơn chị ạ", "cảm ơn anh đã liên hệ",
        "cám ơn chị nhiều ạ", "xin cảm ơn quý khách", "dạ em cảm ơn anh đã gọi ạ",
        "cám ơn chị nhiều nha",
    ],
    "bye": [
        "em chào anh ạ", "chào chị nhé", "em chào chị chúc chị một ngày tốt lành",
        "tạm biệt anh ạ", "chào anh ạ hẹn gặp lại", "dạ chào chị ạ", "dạ em chào chị nha",
    ],
    "cust_bye": ["ừ cảm ơn em chào em", "ok chào em", "dạ cảm ơn em nhé", "cảm ơn bạn", "chào em"],
    "cust_hello": ["a lô", "alo chào em", "dạ chào em", "ừ chào em", "a lô ai đấy"],
    "empathy": [
        "dạ em rất hiểu sự bực mình của anh ạ", "em hiểu chị đang rất lo lắng",
        "dạ em thông cảm với anh chuyện này đúng là rất khó chịu", "em hiểu cảm giác của chị lúc "
        "này ạ", "dạ em rất tiếc khi nghe chuyện này", "em xin lỗi vì đã để anh phải bực mình như "
        "vậy", "dạ em hiểu anh đang rất sốt ruột", "ôi khổ thân chị quá",
        "dạ em biết chị đang rất bức xúc",
    ],
    "condolence": [
        "dạ em xin chia buồn cùng anh chị", "em rất tiếc về sự mất mát của gia đình mình ạ",
        "dạ em xin chia buồn với gia đình anh ạ",
    ],
    "angry_out": [
        "complaint|sao ngày nào cũng gọi cho tôi giờ hành chính vậy phiền quá tôi sẽ khiếu nại",
        "complaint|tôi nói mấy lần rồi mà cứ gọi hoài làm ăn kiểu gì vậy",
        "|trời ơi đang bực mình lại còn gọi nữa",
    ],
    "nonempathy_react": [
        "dạ em ghi nhận", "vâng để em ghi chú lại", "xin lỗi anh nói lại giúp em được không",
        "chị đọc số thẻ giúp em", "dạ để em tra thông tin",
        "anh cho em xin họ tên chủ thẻ", "vâng em ghi nhận",
    ],
    "blame": [
        "cái này là lỗi của chị chứ không phải bên em", "anh phải đọc kỹ điều khoản trước chứ",
        "em nói rồi mà anh không nghe", "tại chị nhập sai số tài khoản thì chịu thôi",
        "chị tự làm mất thẻ thì phải chịu chứ", "anh nói sai rồi làm gì có chuyện đó",
        "sao anh không kiểm tra kỹ trước khi chuyển",
    ],
    "policy": [
        "theo quy định thì phí này áp dụng cho mọi tài khoản ạ",
        "dạ đây là lỗi từ phía ngân hàng em thành thật xin lỗi chị",
        "theo điều khoản thì giao dịch đã thành công không thể hủy ạ",
        "bên em sai sót em xin lỗi anh ạ",
    ],
    "profanity": [
        "đm hệ thống lại lag", "vl chậm quá", "vcl cái máy này treo rồi", "mẹ kiếp máy lại đơ",
        "dm sao lỗi hoài vậy",
    ],
    "profanity_toneless": [
        "deo hieu sao may loi nua", "dit me cai he thong", "deo load duoc",
    ],
    "profanity_strict": [
        "vãi thật máy lại đơ rồi", "đéo hiểu sao hệ thống báo lỗi", "địt mẹ chậm thế",
        "đụ má cái máy này", "vãi cả hệ thống", "đéo chạy được", "đụ má lại treo",
    ],
    "rude": [
        "anh chị bị điếc à", "hỏi gì lắm thế", "chị bình tĩnh đi la hét gì",
        "thôi anh tự đi mà hỏi chi nhánh", "việc đó không phải việc của em",
        "nói mãi mà không hiểu à", "kệ chị",
    ],
    "polite_decoy": [
        "không có gì đâu ạ", "dạ không sao đâu ạ", "chị cứ từ từ ạ",
        "dạ em chỉ cần vài thông tin nữa thôi ạ", "dạ em đã có đủ thông tin rồi ạ",
        "vài phút nữa hệ thống cập nhật chị nhé",
    ],
    "readback_decoy": [
        "thẻ có bốn số cuối là 2231 phải không ạ", "số điện thoại của chị là 0912 345 678 đúng "
        "không ạ", "mã giao dịch của anh là 55012 nhé", "số tài khoản đuôi 8899 đúng không ạ",
    ],
    "cust_swear": [
        "đm ngân hàng gì mà làm ăn như vậy", "vãi cả ngân hàng", "đéo hiểu kiểu gì luôn",
    ],
    "cust_blame": ["tại mấy người làm sai chứ", "lỗi của ngân hàng chứ không phải tôi"],
    "angry_complaint": [
        "tôi gọi cả tiếng đồng hồ rồi mà không ai nghe máy làm ăn kiểu gì vậy",
        "lần thứ ba rồi đấy tôi muốn khiếu nại",
        "dịch vụ gì mà tệ thế cho tôi gặp quản lý",
        "tôi rất bức xúc nhân viên chi nhánh thái độ quá tệ",
    ],
    "angry_distress": [
        "tôi đang rất bực mình đấy tiền đó tôi cần trả tiền nhà",
        "sao lại như vậy được tôi tức lắm rồi",
        "trời ơi tôi lo quá không biết làm sao",
        "tôi bực lắm rồi nha",
    ],
    "cust_ok": ["dạ", "vâng", "ừ đúng rồi", "đúng rồi em", "ok em", "ờ", "ừa", "đúng rồi đó em"],
    "cust_thanks_mid": ["vậy thì tốt quá", "ok được", "dạ vâng may quá", "ừ được em"],
    "small_talk_a": [
        "hôm nay tổng đài đông quá chị thông cảm", "hệ thống sáng nay hơi chậm ạ",
        "dạo này trời Hà Nội lạnh quá chị nhỉ",
    ],
    "small_talk_c": ["ừ", "không sao em", "ừ lạnh thật", "dạ"],
    "new_starter": ["em mới vào làm nên chị chờ em chút nhé", "dạ em mới nên hơi chậm anh thông "
                    "cảm"],
    "nonresolve": [
        "dạ cái này em không hỗ trợ được ạ", "em cũng không rõ nữa ạ",
        "dạ em không thấy thông tin gì về việc này",
    ],
    "transfer_lead": [
        "dạ bạn đồng nghiệp đã chuyển thông tin cho em rồi", "em đã đọc ghi chú từ đồng nghiệp rồi "
        "ạ", "dạ em nhận cuộc gọi chuyển từ bộ phận thẻ",
    ],
    "cust_greet_name": ["à {n} hả hôm qua chị gọi gặp em rồi", "có phải {n} lúc nãy không em"],
}

SCEN_VI = {
    "declined_abroad": {
        "prob": [
            "|chị đang ở Thái Lan mà quẹt thẻ ở đâu cũng bị từ chối",
            "|anh đi công tác Nhật mà thẻ không thanh toán được em ơi",
            "|em đang du học bên Úc thẻ visa bị từ chối hoài",
        ],
        "conf": [
            "dạ vậy là chị đang ở nước ngoài và thẻ bị từ chối ở mọi nơi phải không ạ",
            "tức là từ lúc sang Nhật anh không quẹt thẻ được đúng không ạ",
            "dạ em hiểu là thẻ visa của mình không giao dịch được ở bên Úc",
        ],
        "res": [
            "em đã mở khóa giao dịch nước ngoài cho thẻ rồi chị thử lại ngay được ạ",
            "dạ em đã gỡ chặn và mở chức năng thanh toán quốc tế đến cuối tháng ạ",
        ],
    },
    "double_charge": {
        "prob": [
            "billing,refund|thẻ của chị bị trừ tiền hai lần cho một đơn hàng em hoàn lại giúp chị",
            "billing|sao sao kê có hai khoản trừ giống hệt nhau vậy em",
            "billing,refund|anh mua vé máy bay mà bị trừ tiền hai lần anh muốn lấy lại tiền",
        ],
        "conf": [
            "dạ vậy là thẻ của chị bị trừ tiền hai lần cho cùng một giao dịch phải không ạ",
            "tức là trên sao kê có hai khoản giống nhau mà anh chỉ mua một lần đúng không ạ",
            "dạ em hiểu là vé máy bay bị trừ tiền hai lần",
        ],
        "res": [
            "em đã tạo yêu cầu tra soát khoản trừ thứ hai tiền sẽ hoàn về trong năm đến bảy ngày "
            "làm việc",
            "khoản thứ hai chỉ đang tạm giữ thôi ạ hai ba ngày nữa sẽ tự hoàn lại",
        ],
    },
    "annual_fee": {
        "prob": [
            "billing|sao tháng này anh bị thu phí thường niên thẻ tín dụng vậy",
            "billing,refund|tài khoản chị bị trừ phí duy trì mà chị không biết em hoàn lại cho chị "
            "được không",
            "billing|phí tin nhắn sms banking sao tăng vậy em",
        ],
        "conf": [
            "dạ anh thắc mắc về khoản phí thường niên bị thu tháng này đúng không ạ",
            "tức là chị bị trừ phí duy trì tài khoản mà không được báo trước phải không ạ",
            "dạ mình hỏi về việc phí sms tăng lên ạ",
        ],
        "res": [
            "dạ em đã gửi yêu cầu miễn phí năm đầu và hoàn lại khoản phí cho anh rồi ạ",
            "dạ phí này theo biểu phí mới em gửi bảng chi tiết qua email cho chị rồi ạ",
        ],
    },
    "app_login": {
        "prob": [
            "outage|từ hôm cập nhật ứng dụng anh không đăng nhập được nữa",
            "outage|app ngân hàng cứ mở lên là văng ra em ạ",
            "outage|chị vào app thì báo lỗi hệ thống hoài",
        ],
        "conf": [
            "dạ vậy là sau khi cập nhật thì app không cho anh đăng nhập phải không ạ",
            "tức là cứ mở ứng dụng là bị thoát ra đúng không ạ",
            "dạ chị bị báo lỗi mỗi lần vào ứng dụng",
        ],
        "res": [
            "dạ phiên bản mới đang lỗi anh gỡ app cài lại là dùng được ạ",
            "bên kỹ thuật đang xử lý trong tối nay trong lúc đó chị dùng internet banking trên "
            "web nhé",
        ],
    },
    "locked_out": {
        "prob": [
            "|chị nhập sai mật khẩu ba lần giờ bị khóa tài khoản internet banking rồi",
            "|anh quên mật khẩu đăng nhập giờ không vào được",
        ],
        "conf": [
            "dạ tức là chị nhập sai nên tài khoản trực tuyến bị khóa phải không ạ",
            "dạ anh quên mật khẩu nên không đăng nhập được ạ",
        ],
        "res": [
            "em đã mở khóa và gửi mật khẩu tạm qua tin nhắn cho chị rồi ạ",
            "dạ em đã cấp lại mật khẩu anh kiểm tra tin nhắn nhé",
        ],
    },
    "lost_card": {
        "prob": [
            "card_lost,cancellation|chị làm mất thẻ rồi em hủy thẻ giúp chị",
            "card_lost|anh đánh rơi thẻ ở đâu không biết nữa",
            "card_lost|em để quên thẻ trên taxi tối qua",
        ],
        "conf": [
            "dạ vậy là chị bị mất thẻ và muốn khóa thẻ luôn phải không ạ",
            "tức là anh bị rơi mất thẻ ạ",
            "dạ mình để quên thẻ trên xe taxi tối hôm qua đúng không ạ",
        ],
        "res": [
            "em đã khóa thẻ cũ và làm thẻ mới gửi về địa chỉ của chị trong năm ngày ạ",
            "dạ thẻ đã được tạm khóa anh ra chi nhánh gần nhất để làm lại thẻ nhé",
        ],
    },
    "stolen_fraud": {
        "prob": [
            "card_lost,fraud|chị bị móc túi mất ví rồi giờ có mấy giao dịch lạ trên thẻ",
            "card_lost,fraud|anh bị trộm mất thẻ và có người rút tiền ở Sài Gòn không phải anh",
        ],
        "conf": [
            "dạ tức là chị bị mất ví và sau đó có giao dịch mà chị không thực hiện phải không ạ",
            "dạ anh bị mất thẻ và mấy lần rút tiền ở Sài Gòn không phải anh làm đúng không ạ",
        ],
        "res": [
            "em đã khóa thẻ và chuyển mấy giao dịch đó cho bộ phận chống gian lận họ sẽ liên hệ "
            "trong hai ngày",
            "dạ thẻ đã khóa em tạo hồ sơ tra soát mã hồ sơ sẽ gửi qua tin nhắn ạ",
        ],
    },
    "unknown_tx": {
        "prob": [
            "fraud|có một khoản thanh toán lạ trên tài khoản chị không hề mua",
            "fraud|anh thấy mấy giao dịch ở nước ngoài anh không làm",
            "fraud|ai đó dùng thẻ của em mua hàng online em không biết gì hết",
        ],
        "conf": [
            "dạ tức là có một khoản thanh toán mà chị không thực hiện ạ",
            "dạ mấy giao dịch nước ngoài đó không phải anh làm đúng không ạ",
            "dạ vậy là thẻ của mình bị người khác dùng mua online phải không ạ",
        ],
        "res": [
            "em đã khóa thẻ và tạo yêu cầu tra soát gian lận cho những giao dịch đó",
            "dạ bộ phận gian lận đã nhận hồ sơ và sẽ gọi lại cho anh ạ",
        ],
    },
    "address": {
        "prob": [
            "address_change|chị mới chuyển nhà muốn đổi địa chỉ liên hệ",
            "address_change|anh muốn cập nhật địa chỉ mới vào Đà Nẵng rồi",
        ],
        "conf": [
            "dạ chị muốn cập nhật địa chỉ mới cho tài khoản phải không ạ",
            "dạ tức là mình cần đổi sang địa chỉ ở Đà Nẵng ạ",
        ],
        "res": [
            "dạ em đã cập nhật địa chỉ mới cho chị rồi ạ",
            "địa chỉ mới đã được thay đổi anh sẽ nhận tin nhắn xác nhận ạ",
        ],
    },
    "pay_card": {
        "prob": [
            "payment|chị muốn thanh toán dư nợ thẻ tín dụng tháng này",
            "payment|anh muốn trả trước một phần khoản vay",
            "payment|em muốn đóng tiền thẻ tín dụng qua điện thoại được không",
        ],
        "conf": [
            "dạ chị muốn thanh toán dư nợ thẻ tháng này ạ",
            "dạ tức là anh muốn trả bớt một phần khoản vay đúng không ạ",
            "dạ mình muốn thanh toán thẻ tín dụng ngay bây giờ ạ",
        ],
        "res": [
            "dạ em đã trích tiền từ tài khoản thanh toán để trả thẻ cho chị rồi ạ",
            "khoản thanh toán đã thành công mai sẽ cập nhật vào dư nợ ạ",
        ],
    },
    "atm_kept": {
        "prob": [
            "outage|cây ATM ở ngoài chợ bị treo rồi nuốt thẻ của chị",
            "outage|máy ATM báo lỗi không nhả tiền mà còn giữ luôn thẻ của anh",
        ],
        "conf": [
            "dạ vậy là cây ATM bị treo và giữ thẻ của chị phải không ạ",
            "dạ máy ATM lỗi không ra tiền và giữ thẻ của anh đúng không ạ",
        ],
        "res": [
            "em đã báo lỗi cây ATM và chị mang căn cước ra chi nhánh gần đó nhận lại thẻ nhé",
            "dạ em ghi nhận lỗi máy và làm thẻ mới cho anh rồi ạ",
        ],
    },
    "wrong_transfer": {
        "prob": [
            "refund|chị chuyển khoản nhầm năm triệu sang tài khoản người lạ muốn lấy lại",
            "refund|anh chuyển nhầm số tài khoản hôm qua em giúp anh đòi lại tiền với",
        ],
        "conf": [
            "dạ chị chuyển nhầm năm triệu sang người khác và muốn thu hồi lại ạ",
            "tức là anh ghi sai số tài khoản nên tiền chuyển đi nơi khác phải không ạ",
        ],
        "res": [
            "dạ em đã tạo yêu cầu tra soát với ngân hàng nhận kết quả trong mười ngày làm việc",
            "dạ em đã gửi yêu cầu hoàn trả và sẽ báo cho anh khi có phản hồi",
        ],
    },
    "auto_debit": {
        "prob": [
            "cancellation|chị muốn hủy lệnh thanh toán tự động tiền điện",
            "cancellation|anh muốn hủy dịch vụ sms banking",
        ],
        "conf": [
            "dạ chị muốn dừng lệnh trích nợ tự động tiền điện phải không ạ",
            "dạ anh không muốn dùng sms banking nữa đúng không ạ",
        ],
        "res": [
            "dạ em đã hủy lệnh trích nợ tự động từ kỳ sau ạ",
            "dịch vụ đã được hủy từ hôm nay anh không bị thu phí nữa ạ",
        ],
    },
    "mortgage_rate": {
        "prob": [
            "|anh đang vay mua nhà hết ưu đãi lãi suất muốn hỏi lãi suất mới",
            "|lãi suất gửi tiết kiệm mười hai tháng bây giờ là bao nhiêu em",
        ],
        "conf": [
            "dạ anh muốn biết lãi suất khoản vay nhà sau khi hết thời gian ưu đãi ạ",
            "dạ chị hỏi lãi suất tiết kiệm kỳ hạn mười hai tháng ạ",
        ],
        "res": [
            "em đã đặt lịch cho chuyên viên tín dụng gọi lại tư vấn cho anh chiều mai ạ",
            "hiện tại là năm phẩy hai phần trăm em gửi chi tiết qua tin nhắn cho chị ạ",
        ],
    },
    "deceased": {
        "prob": [
            "|bố tôi mới mất tuần trước tôi không biết tài khoản của ông xử lý thế nào",
            "cancellation|mẹ chị mất rồi chị muốn đóng tài khoản của mẹ",
        ],
        "conf": [
            "dạ anh muốn hỏi thủ tục xử lý tài khoản của bác sau khi bác mất ạ",
            "dạ chị muốn đóng tài khoản của bác gái ạ",
        ],
        "res": [
            "em sẽ gửi hướng dẫn thủ tục thừa kế và anh mang giấy chứng tử ra chi nhánh nhé",
            "dạ em đã ghi nhận và bộ phận thừa kế sẽ gọi cho chị trong hai ngày ạ",
        ],
    },
    "branch_complaint": {
        "prob": [
            "complaint|tôi muốn phản ánh thái độ nhân viên ở chi nhánh Cầu Giấy",
            "complaint|chi nhánh gần nhà tôi đóng cửa mà không báo tôi không hài lòng",
        ],
        "conf": [
            "dạ anh chưa hài lòng với thái độ của nhân viên ở chi nhánh Cầu Giấy ạ",
            "dạ chị không hài lòng vì chi nhánh đóng cửa mà không được thông báo ạ",
        ],
        "res": [
            "em đã ghi nhận khiếu nại và bộ phận chất lượng sẽ phản hồi trong năm ngày làm việc",
            "dạ em chuyển phản ánh lên cấp quản lý và sẽ có người gọi lại cho chị ngày mai",
        ],
    },
    "statement": {
        "prob": [
            "billing|sao kê thẻ tín dụng có mấy khoản phí chị không hiểu",
            "billing|tháng này hóa đơn thẻ của anh cao bất thường",
        ],
        "conf": [
            "dạ chị chưa rõ mấy khoản phí trên sao kê ạ",
            "dạ tức là dư nợ tháng này cao hơn anh nghĩ phải không ạ",
        ],
        "res": [
            "đó là phí chậm thanh toán tháng trước em gửi bảng chi tiết qua email cho chị rồi",
            "dạ em thấy khoản phí đó bị thu nhầm em đã hoàn lại cho anh rồi ạ",
        ],
    },
    "close_account": {
        "prob": [
            "cancellation,complaint|chị muốn đóng tài khoản dịch vụ bên em chán quá",
            "cancellation|anh muốn tất toán tài khoản tiết kiệm",
        ],
        "conf": [
            "dạ chị muốn đóng tài khoản vì chưa hài lòng với dịch vụ ạ",
            "dạ anh muốn tất toán sổ tiết kiệm ạ",
        ],
        "res": [
            "dạ em đã ghi nhận yêu cầu đóng tài khoản chị mang căn cước ra quầy ký xác nhận nhé",
            "tiền tất toán sẽ chuyển về tài khoản thanh toán của anh trong hôm nay ạ",
        ],
    },
    "loan_status": {
        "prob": [
            "|anh nộp hồ sơ vay tiêu dùng tuần trước mà chưa thấy ai gọi",
            "|hồ sơ vay mua xe của chị tới đâu rồi em",
        ],
        "conf": [
            "dạ anh đang chờ kết quả hồ sơ vay tiêu dùng ạ",
            "dạ chị muốn hỏi tiến độ hồ sơ vay mua xe ạ",
        ],
        "res": [
            "hồ sơ đã được duyệt và tiền sẽ giải ngân vào ngày mai ạ",
            "dạ hồ sơ còn thiếu sao kê lương em gửi đường link để anh bổ sung nhé",
        ],
    },
    "web_down": {
        "prob": [
            "outage,payment|chị muốn trả tiền thẻ mà trang web ngân hàng không vào được",
            "outage|web ngân hàng sập từ sáng tới giờ hả em",
        ],
        "conf": [
            "dạ chị không vào được trang web để thanh toán thẻ ạ",
            "dạ trang web không truy cập được từ sáng đúng không ạ",
        ],
        "res": [
            "dạ web đang bảo trì đến hai giờ em có thể thanh toán giúp chị ngay bây giờ",
            "dạ hệ thống sẽ hoạt động lại trong một tiếng nữa ạ",
        ],
    },
}
SECOND_VI = [
    "address_change|à tiện thể em đổi địa chỉ giúp chị luôn nhé chị mới chuyển nhà",
    "payment|à cho anh thanh toán luôn tiền thẻ tín dụng tháng này",
    "billing|còn khoản phí trên sao kê tháng trước là phí gì vậy em",
    "cancellation|với lại hủy giúp chị cái thẻ phụ luôn",
]

OUT_VI = {
    "fraud_check": {
        "purpose": [
            "em gọi để xác nhận một số giao dịch bất thường trên thẻ của anh ạ",
            "em liên hệ vì hệ thống phát hiện giao dịch lạ trên tài khoản của chị",
        ],
        "reply": ["fraud|không chị không có mua mấy cái đó", "|à đúng rồi anh mua hàng online"],
        "res": ["dạ em khóa thẻ và phát hành thẻ mới cho chị", "dạ em ghi nhận giao dịch hợp lệ"],
    },
    "overdue": {
        "purpose": [
            "em gọi để nhắc khoản thanh toán thẻ tín dụng đã quá hạn ba ngày ạ",
            "em liên hệ về kỳ trả góp khoản vay tháng trước chưa thanh toán ạ",
        ],
        "reply": ["payment|vậy chị trả luôn bây giờ được không em",
                  "billing|ủa anh trả rồi mà em kiểm tra lại hóa đơn đi"],
        "res": ["dạ em đã ghi nhận thanh toán và miễn phí trễ hạn cho chị",
                "dạ em thấy tiền vào nhầm kỳ em đã điều chỉnh lại rồi ạ"],
    },
    "card_delivery": {
        "purpose": [
            "em gọi để xác nhận anh đã nhận được thẻ mới chưa ạ",
            "em liên hệ hỏi xem thẻ thay thế đã đến tay chị chưa ạ",
        ],
        "reply": ["address_change|chưa em ơi chị chuyển nhà rồi em đổi địa chỉ giúp chị",
                  "|nhận rồi em hôm thứ hai"],
        "res": ["dạ em cập nhật địa chỉ và gửi lại thẻ cho chị", "dạ vậy em đóng yêu cầu nhé"],
    },
    "complaint_followup": {
        "purpose": [
            "em gọi về khiếu nại anh gửi tuần trước ạ",
            "em liên hệ để phản hồi về phản ánh của chị ở chi nhánh ạ",
        ],
        "reply": ["complaint|anh vẫn chưa hài lòng em chuyển lên cấp trên đi",
                  "complaint|khiếu nại của chị chưa ai giải quyết gì cả"],
        "res": ["dạ em chuyển lên trưởng phòng và sẽ có văn bản phản hồi",
                "dạ em đánh dấu ưu tiên cho hồ sơ khiếu nại của chị"],
    },
    "offer": {
        "purpose": [
            "em gọi để giới thiệu gói vay ưu đãi lãi suất cho khách hàng thân thiết ạ",
            "em liên hệ vì anh đủ điều kiện nâng hạn mức thẻ tín dụng ạ",
        ],
        "reply": ["cancellation|thôi chị không cần em hủy luôn thẻ tín dụng giúp chị",
                  "|em gửi thông tin qua zalo cho anh xem đã"],
        "res": ["dạ em đã ghi nhận yêu cầu hủy thẻ", "dạ em gửi thông tin cho anh chiều nay"],
    },
}
OUTB_VI = {
    "self": ["em là {n}", "em tên {n}", "em {n} đây ạ", "em là {n} chuyên viên tư vấn"],
    "company": ["em gọi từ {b}", "em ở {b} ạ", "em bên {b}", "em gọi từ trung tâm thẻ {b}"],
    "recording": [
        "cuộc gọi này được ghi âm để đảm bảo chất lượng dịch vụ",
        "em xin phép thông báo cuộc gọi đang được ghi âm", "cuộc gọi sẽ được ghi âm ạ",
        "dạ cuộc trao đổi này có ghi âm ạ",
    ],
    "consent": [
        "anh chị có đồng ý không ạ", "chị đồng ý cho em tiếp tục chứ ạ", "anh đồng ý không ạ",
        "mình có đồng ý không ạ",
    ],
    "cust_pickup": ["a lô", "alo ai đấy", "a lô nghe", "alo"],
    "verify": ["cho em hỏi có phải chị chủ tài khoản không ạ", "em đang nói chuyện với anh chủ "
               "thẻ phải không ạ", "có phải chủ tài khoản không ạ"],
    "cust_yes": ["ừ đúng rồi", "dạ phải", "ừ anh đây"],
    "security": [
        "trước khi trao đổi em cần xác minh một vài thông tin ạ", "chị cho em xin ngày sinh ạ",
        "số căn cước của mình là gì ạ", "địa chỉ thường trú của mình ạ",
        "giao dịch gần nhất của mình là gì ạ",
    ],
    "security_a": [
        "ừ", "mười lăm tháng tám năm tám mốt", "không không một hai ba bốn năm",
        "số mười phố Huế", "rút tiền ở ATM hôm qua",
    ],
}


# paired wordings: (agent, customer) or (customer, agent), drawn together so they match
PAIRS = {
    "en": {
        "id_first": [
            ("before we start can I take your full name please", "it's Karen Holt"),
            ("could I just grab your full name first", "yeah it's David O'Neill"),
            ("can I start with your name and date of birth", "Amir Khan twelfth of June eighty"),
        ],
        "id": [
            ("can I just confirm your date of birth please", "third of May nineteen eighty four"),
            ("and the first line of your address", "it's fourteen Marlow Road"),
            ("what's the postcode on the account", "LS6 2QT"),
            ("can you confirm the last four digits of your card", "it ends four eight two one"),
            ("and your mobile number please", "oh seven seven double oh nine double oh one two"),
            ("can you tell me the answer to your memorable question", "the name of my first dog "
             "is Biscuit"),
        ],
        "extra": [
            ("can I set up text alerts for my balance", "yes I've switched those on for you now"),
            ("what time do branches open on a Saturday", "most of them are open nine till one on "
             "Saturdays"),
            ("how do I order a new cheque book", "I can order one now it'll come in about a week"),
            ("what's my overdraft limit at the moment", "you've got an arranged limit of five "
             "hundred pounds"),
            ("can my partner be added to the account", "yes you'd both need to pop into a branch "
             "with ID"),
            ("does the app do contactless for watches", "yes you can add the card to your watch "
             "wallet in settings"),
            ("where's my nearest branch now", "the nearest is on Market Street about two miles "
             "from you"),
            ("can I change my PIN over the phone", "not over the phone but you can do it at any "
             "of our cash machines"),
        ],
        "one_more": [
            ("oh actually one more thing while I've got you how long does a new pin take to arrive "
             "in the post because I'm away next week", "yes it's usually five to seven working "
             "days so it should be there before you go away"),
            ("oh sorry before you go can you tell me what the daily limit is for cash withdrawals "
             "at the moment because I need to take some out for a holiday", "the daily limit is "
             "five hundred pounds at the moment and that resets at midnight"),
            ("actually hang on can you just tell me if my salary has gone in yet it's normally on "
             "the twenty eighth", "yes I can see that it went in this morning so you're all good"),
        ],
    },
    "vi": {
        "id_first": [
            ("trước tiên anh cho em xin họ tên đầy đủ ạ", "Nguyễn Văn Nam"),
            ("chị đọc giúp em họ tên chủ tài khoản ạ", "Trần Thị Bích Ngọc em nhé"),
            ("cho em xin số căn cước công dân của anh trước ạ",
             "không không một hai ba bốn năm sáu bảy tám chín"),
        ],
        "id": [
            ("cho em xin ngày tháng năm sinh của chị ạ", "mười hai tháng ba năm tám lăm"),
            ("anh đọc giúp em số căn cước công dân", "không ba tám một chín hai không không"),
            ("chị cho em xin số điện thoại đăng ký ạ", "không chín một hai ba bốn năm sáu bảy tám"),
            ("bốn số cuối của thẻ là gì ạ", "bốn số cuối là hai hai ba mốt"),
            ("anh xác nhận giúp em địa chỉ thường trú ạ", "số nhà hai mươi ngõ bốn lăm Láng Hạ"),
        ],
        "extra": [
            ("app có chuyển tiền quốc tế được không em",
             "dạ hiện tại app chưa hỗ trợ chị ra quầy giao dịch giúp em ạ"),
            ("thứ bảy chi nhánh có làm việc không em", "dạ sáng thứ bảy vẫn làm việc ạ"),
            ("hạn mức thấu chi của anh hiện giờ là bao nhiêu", "dạ hạn mức thấu chi của anh là "
             "mười triệu ạ"),
            ("chi nhánh gần nhất ở đâu em", "dạ gần nhất là phòng giao dịch trên đường Trần Hưng "
             "Đạo ạ"),
            ("đổi mã pin qua điện thoại được không", "dạ không đổi qua tổng đài được chị ra cây "
             "ATM đổi nhé"),
            ("app có dùng được vân tay không em", "dạ có chị vào phần cài đặt bật đăng nhập "
             "sinh trắc học ạ"),
            ("đăng ký nhận biến động số dư qua zalo được không em",
             "dạ được em đăng ký luôn cho chị nhé"),
        ],
        "one_more": [
            ("à còn việc này nữa em ơi thẻ mới làm lại thì bao lâu mới nhận được mã pin vì tuần "
             "sau chị đi công tác", "dạ thường là năm đến bảy ngày làm việc nên chị sẽ nhận "
             "trước khi đi ạ"),
            ("à em ơi cho chị hỏi thêm hạn mức rút tiền một ngày hiện giờ là bao nhiêu vì chị "
             "sắp đi du lịch", "dạ hạn mức hiện tại là hai mươi triệu một ngày và tính lại lúc "
             "nửa đêm ạ"),
            ("khoan đã em cho anh hỏi lương tháng này đã về tài khoản chưa thường là ngày hai "
             "mươi tám", "dạ em thấy lương đã về sáng nay rồi anh nhé"),
        ],
    },
}
# (agent asks, customer reads, agent reads back): the card number or the CVV
READBACK = {
    "en": [
        ("can you read me the long card number please", "it's 4929 1182 7745 3310",
         "so the long number is 4929 1182 7745 3310 yes"),
        ("what's the card number", "four five three nine two two one eight seven seven four one "
         "zero nine nine two", "just reading that back four five three nine two two one eight "
         "seven seven four one zero nine nine two"),
        ("and the sixteen digit number on the front", "the number's 5412 7534 9901 2267",
         "so that's card number 5412 7534 9901 2267 correct"),
        ("and the three digits on the back of the card", "seven three one",
         "so the security code is seven three one yeah"),
        ("can you give me the card number", "4000 1234 5678 9010",
         "right so that starts 4000 1234 5678 is that right"),
    ],
    "vi": [
        ("chị đọc giúp em số thẻ ạ", "số thẻ của chị là 9704 1234 5678 9012",
         "dạ số thẻ của chị là 9704 1234 5678 9012 đúng không ạ"),
        ("anh đọc giúp em ba số mặt sau thẻ", "ba hai tám",
         "mã CVV mặt sau là 3 2 8 phải không anh"),
        ("cho em xin số thẻ in trên mặt trước ạ", "chín bảy không bốn một hai ba bốn năm sáu bảy "
         "tám", "em đọc lại số thẻ nhé chín bảy không bốn một hai ba bốn năm sáu bảy tám"),
        ("anh đọc số thẻ giúp em với", "thẻ số 4213 8876 5521 0093 em ạ",
         "số thẻ 4213 8876 5521 0093 anh xác nhận giúp em"),
        ("mã bảo mật ba số sau thẻ là gì ạ", "bảy một năm",
         "ba số mặt sau thẻ là bảy một năm đúng không chị"),
    ],
}
APOLOGY = {
    "en": ["apologies that was an error on our side", "I'm sorry that one's our mistake",
           "sorry our system should have caught that"],
    "vi": ["dạ đây là lỗi từ phía ngân hàng em thành thật xin lỗi", "bên em sai sót em xin lỗi ạ",
           "dạ lỗi hệ thống bên em mong mình thông cảm"],
}
FEE_SCEN = {"double_charge", "overdraft_fee", "statement", "wrong_transfer", "annual_fee"}


# --------------------------------------------------------------------------- model
@dataclass
class Part:
    text: str
    tag: str | None = None
    keep: bool = False  # protect from ASR noise (toned swear words)


@dataclass
class Turn:
    speaker: str
    parts: list[Part]
    sent: str = "neutral"
    cats: tuple[str, ...] = ()
    gap: float | None = None
    interrupt: bool = False
    raised: bool = False


@dataclass
class Built:
    segments: list[dict]
    sentiment: list[str]
    tags: list[tuple[str, float, int]]  # (tag, start, segment index)
    interruptions: list[dict]
    raised: list[dict]
    cats: list[str]
    end: float
    angry_segs: list[int] = field(default_factory=list)


def split_cats(s: str) -> tuple[tuple[str, ...], str]:
    cats, text = s.split("|", 1)
    return tuple(c for c in cats.split(",") if c), text


class Ctx:
    """Per-call choices: language, agent, helpers to draw wordings."""

    def __init__(self, rng: random.Random, lang: str, agent: tuple[str, list[str]]) -> None:
        self.rng = rng
        self.lang = lang
        self.bank = EN if lang == "en" else VI
        self.outb = OUTB_EN if lang == "en" else OUTB_VI
        self.agent_name, self.name_forms = agent

    def name(self) -> str:
        r = self.rng.random()
        if r < 0.8:
            return self.name_forms[0]
        return self.name_forms[1] if r < 0.9 else self.name_forms[2]

    def company(self) -> str:
        if self.lang == "en":
            return "Acme Bank" if self.rng.random() < 0.85 else "acne bank"
        return self.rng.choice(
            ["ngân hàng ABC", "ngân hàng A B C", "ngân hàng ây bi xi", "ngân hàng abc"]
        )

    def fix(self, text: str) -> str:
        return text.replace("{n}", self.name()).replace("{b}", self.company())

    def say(self, key: str, bank: dict | None = None) -> str:
        src = self.bank if bank is None else bank
        return self.fix(self.rng.choice(src[key]))

    def p(self, key: str, tag: str | None = None, bank: dict | None = None) -> Part:
        return Part(self.say(key, bank), tag)


# --------------------------------------------------------------------------- ASR noise
EN_SUBS = {
    "you're": "your", "today": "to day", "anything": "any thing", "everything": "every thing",
    "i'm": "im", "can't": "cant", "don't": "dont", "that's": "thats", "it's": "its",
    "alright": "all right", "acme": "acne", "you've": "you have", "i've": "ive",
}
EN_DROP = {"the", "a", "just", "so"}


def strip_tones(word: str) -> str:
    out = unicodedata.normalize("NFD", word)
    out = "".join(c for c in out if unicodedata.category(c) != "Mn")
    return out.replace("đ", "d").replace("Đ", "D")


def noisy_words(text: str, lang: str, rng: random.Random, toneless: bool, cased: bool) -> list[str]:
    words = text.split()
    out: list[str] = []
    for w in words:
        lw = w.lower()
        if lang == "en":
            if lw in EN_DROP and rng.random() < 0.12 and len(words) > 3:
                continue
            if lw in EN_SUBS and rng.random() < 0.3:
                out.extend(EN_SUBS[lw].split())
                continue
            out.append(w if cased else lw)
        else:
            if toneless or rng.random() < 0.06:
                lw = strip_tones(lw)
            if lw == "alo" and rng.random() < 0.5:
                out.extend(["a", "lô"])
                continue
            if out and rng.random() < 0.012 and len(out[-1]) <= 4 and len(lw) <= 4:
                out[-1] = out[-1] + lw
                continue
            out.append(w if cased and not toneless else lw)
    return out or [w.lower() for w in words]


def gender_fix(text: str, g: str) -> str:
    """Vietnamese: address the customer consistently as anh or chị (keep "anh chị")."""
    ws = text.split()
    out = []
    for i, w in enumerate(ws):
        pair = (i + 1 < len(ws) and w == "anh" and ws[i + 1] == "chị") or (
            i > 0 and w == "chị" and ws[i - 1] == "anh")
        out.append(g if w in ("anh", "chị") and not pair else w)
    return " ".join(out)


def realise(turns: list[Turn], lang: str, rng: random.Random) -> Built:
    g = rng.choice(["anh", "chị"])
    segs: list[dict] = []
    sentiment: list[str] = []
    tags: list[tuple[str, float, int]] = []
    interruptions: list[dict] = []
    raised: list[dict] = []
    cats: list[str] = []
    t_end = rng.uniform(0.2, 1.2)
    for turn in turns:
        protected = any(p.keep for p in turn.parts)
        toneless = lang == "vi" and not protected and rng.random() < 0.1
        cased = rng.random() < 0.12
        words: list[str] = []
        spans: list[tuple[str | None, int]] = []
        for part in turn.parts:
            text = gender_fix(part.text, g) if lang == "vi" else part.text
            ws = text.split() if part.keep else noisy_words(text, lang, rng, toneless, cased)
            spans.append((part.tag, len(words)))
            words.extend(ws)
        if cased and words:
            words[0] = words[0][:1].upper() + words[0][1:]
            words[-1] = words[-1] + rng.choice([".", "?", "."])
        if turn.interrupt and segs:
            prev = segs[-1]
            dur = prev["end"] - prev["start"]
            start = prev["start"] + max(0.6, min(dur - 0.8, dur * rng.uniform(0.35, 0.7)))
        else:
            gap = turn.gap if turn.gap is not None else rng.uniform(0.25, 1.3)
            start = t_end + gap
        start = round(start, 2)
        t = start
        wl: list[list] = []
        for w in words:
            d = rng.uniform(0.2, 0.45)
            wl.append([round(t, 2), round(t + d, 2), w])
            t = t + d + rng.uniform(0.0, 0.1)
        end = wl[-1][1]
        idx = len(segs)
        segs.append({"speaker": turn.speaker, "start": start, "end": end,
                     "text": " ".join(words), "words": wl})
        sentiment.append(turn.sent)
        for tag, wi in spans:
            if tag:
                tags.append((tag, wl[wi][0], idx))
        if turn.interrupt and idx > 0:
            prev = segs[idx - 1]
            interruptions.append({"speaker": turn.speaker, "interrupted": prev["speaker"],
                                  "start_s": start, "overlap_s": round(prev["end"] - start, 2)})
        if turn.raised:
            rs = round(start + rng.uniform(0.1, 0.8), 2)
            raised.append({"speaker": "customer", "start_s": rs,
                           "end_s": round(max(rs + 0.5, end - rng.uniform(0, 0.5)), 2),
                           "above_median_db": round(rng.uniform(6.0, 12.0), 1)})
        cats.extend(turn.cats)
        t_end = max(t_end, end)
    angry = [i for i, sg in enumerate(segs) if sg["speaker"] == "customer" and
             sentiment[i] == "negative"]
    return Built(segs, sentiment, tags, interruptions, raised, sorted(set(cats)), t_end, angry)


# --------------------------------------------------------------------------- truth
MARGIN = 2.0


def truth_of(b: Built, lang: str, direction: str) -> tuple[dict[str, str], list[str]]:
    """Truth per rule from the timed tags; second value lists window-edge problems."""
    issues: list[str] = []
    end = b.end

    def starts(tag: str) -> list[float]:
        return sorted(s for t, s, _ in b.tags if t == tag)

    def within(tag: str, limit: float) -> float | None:
        hits = [s for s in starts(tag) if s < limit]
        for s in starts(tag):
            if abs(s - limit) < MARGIN:
                issues.append(f"{tag}@{limit}")
        return hits[0] if hits else None

    def in_last(tag: str) -> float | None:
        lim = end - 25.0
        for s in starts(tag):
            if abs(s - lim) < MARGIN:
                issues.append(f"{tag}@end-25")
        hits = [s for s in starts(tag) if s >= lim]
        return hits[0] if hits else None

    def pf(x: object) -> str:
        return "pass" if x is not None and x is not False else "fail"

    tr: dict[str, str] = {r: "not_applicable" for r in RULES}
    if direction == "inbound":
        g = within("greet", 20.0)
        tr["inbound/greeting"] = pf(g)
        tr["inbound/company_name"] = pf(within("company", 20.0))
        tr["inbound/self_intro"] = pf(within("intro", 30.0))
        tr["inbound/offer_help"] = pf(within("help", 45.0))
        tr["inbound/confirm_problem"] = pf(starts("confirm") or None)
        res = starts("resolve")
        tr["inbound/resolution"] = pf(res or None)
        th = in_last("thanks")
        by = in_last("bye")
        tr["inbound/thanks"] = pf(th)
        if th is None and any(s > end - 30.0 for s in starts("decoy_thanks")):
            issues.append("decoy_thanks_late")
        tr["inbound/goodbye"] = pf(by)
        tr["inbound/anything_else"] = pf(starts("anyelse") or None)
        if g is not None and res:
            tr["inbound/greeting_before_resolution"] = "pass" if g < res[0] else "fail"
        if th is not None and by is not None:
            tr["inbound/thanks_before_goodbye"] = "pass" if th < by else "fail"
    else:
        tr["outbound/identify_self"] = pf(within("o_self", 30.0))
        tr["outbound/identify_company"] = pf(within("o_company", 30.0))
        tr["outbound/purpose"] = pf(within("purpose", 60.0))
        rec = within("recording", 60.0)
        tr["outbound/recording_disclosure"] = pf(rec)
        if rec is not None:
            tr["outbound/consent"] = pf(within("consent", 90.0))
    # anger
    anger = [b.segments[i]["start"] for i in b.angry_segs]
    anger += [r["start_s"] for r in b.raised]
    if anger:
        a0 = min(anger)
        emp = starts("empathy")
        ok = [s for s in emp if a0 <= s <= a0 + 20.0]
        for s in emp:
            if abs(s - (a0 + 20.0)) < MARGIN or (a0 - 0.5 < s < a0):
                issues.append("empathy_edge")
        tr["angry_caller/empathy"] = "pass" if ok else "fail"
        bad = False
        events = sorted(anger)
        for it in b.interruptions:
            if it["speaker"] != "agent" or it["interrupted"] != "customer":
                continue
            s = it["start_s"]
            in_angry = any(
                b.segments[i]["start"] <= s <= b.segments[i]["end"] for i in b.angry_segs
            )
            near = any(e <= s <= e + 0.5 for e in events)
            close = any(e - 0.3 <= s <= e + 1.2 for e in events)
            if in_angry or near:
                bad = True
            elif close:
                issues.append("interrupt_edge")
        tr["angry_caller/no_interrupting_angry_customer"] = "fail" if bad else "pass"
    tr["angry_caller/no_blame"] = "fail" if starts("blame") else "pass"
    swore = starts("profanity") or starts("strict")
    tr["forbidden/profanity"] = "fail" if swore else "pass"
    if lang == "vi":
        tr["forbidden/profanity_vi_strict"] = "fail" if starts("strict") else "pass"
    tr["forbidden/rude"] = "fail" if starts("rude") else "pass"
    tr["forbidden/no_card_readback"] = "fail" if starts("readback") else "pass"
    return tr, issues


# --------------------------------------------------------------------------- call builders
PREAMBLE = {
    "en": [
        "yeah so I've been trying to get through since about nine this morning and the line kept "
        "cutting off on me so sorry if I sound a bit flustered it's been one of those days",
        "right okay hi so I'm calling from my car so apologies for the noise I've just come off "
        "the motorway and pulled into a services and I wanted to sort this out before work",
    ],
    "vi": [
        "dạ chị gọi mấy lần rồi mà toàn báo bận xong lại bị ngắt máy nên giờ mới gặp được em đây "
        "chị hơi vội nên nói nhanh một chút nhé",
        "a lô anh đang chạy xe ngoài đường nên hơi ồn em thông cảm nha anh tấp vào lề rồi giờ "
        "anh nói chuyện được rồi đây",
    ],
}
LATE_GREET = {"en": ["oh hello there sorry", "oh hi good morning", "hello sorry about that"],
              "vi": ["dạ em chào chị ạ", "à em chào anh ạ", "dạ xin chào chị"]}
OUT_GREET = {"en": ["hi", "good afternoon", "hello", "morning"],
             "vi": ["dạ em chào anh", "em chào chị ạ", "xin chào anh ạ"]}
OUT_LATE_SELF = {"en": ["sorry I should say it's {n} speaking", "my name is {n} by the way"],
                 "vi": ["à em quên giới thiệu em là {n} ạ", "dạ em tên là {n} nhé"]}
OUT_LATE_COMPANY = {"en": ["I'm calling from {b} by the way", "this is {b} just to be clear"],
                    "vi": ["dạ em gọi từ {b} ạ", "em ở {b} nhé"]}
OUT_LATE_REC = {"en": ["oh and I should mention this call is recorded"],
                "vi": ["à em quên báo cuộc gọi này được ghi âm ạ"]}
OUT_LATE_CONSENT = {"en": ["sorry I should have asked are you okay with the recording",
                           "and are you happy for the call to be recorded"],
                    "vi": ["dạ chị có đồng ý với việc ghi âm không ạ",
                           "anh đồng ý cho em ghi âm cuộc gọi chứ ạ"]}
REASSURE = {
    "en": ["I'll put a note on so whoever picks it up can see the whole history",
           "I'll flag the case as urgent now so it's looked at today"],
    "vi": ["dạ em sẽ ghi chú đầy đủ để bộ phận xử lý nắm được toàn bộ sự việc",
           "em đánh dấu ưu tiên hồ sơ để xử lý ngay trong hôm nay ạ"],
}
HOLD_ASK = {"en": ["bear with me while I pull up the account", "give me a second to load that"],
            "vi": ["anh chờ em mở hồ sơ một chút ạ", "chị đợi em tải thông tin nhé"]}


class Call:
    def __init__(self, cx: Ctx) -> None:
        self.cx = cx
        self.turns: list[Turn] = []
        self.faults: list[str] = []
        self.decoys: list[str] = []

    def a(self, *parts: Part, gap: float | None = None, interrupt: bool = False) -> Turn:
        t = Turn("agent", list(parts), "neutral", gap=gap, interrupt=interrupt)
        self.turns.append(t)
        return t

    def c(self, text: str, sent: str = "neutral", cats: tuple[str, ...] = (),
          raised: bool = False, gap: float | None = None, interrupt: bool = False) -> Turn:
        t = Turn("customer", [Part(text)], sent, cats, gap, interrupt, raised)
        self.turns.append(t)
        return t

    def say(self, key: str) -> str:
        return self.cx.say(key)

    def fill(self, table: dict[str, list[str]]) -> str:
        t = self.cx.rng.choice(table[self.cx.lang])
        return t.replace("{n}", self.cx.name()).replace("{b}", self.cx.company())

    # anger ---------------------------------------------------------------
    def angry_turn(self, kind: str, extra: str = "") -> Turn:
        r = self.cx.rng
        if kind == "out":
            cats, text = split_cats(self.say("angry_out"))
        elif kind == "complaint":
            text, cats = self.say("angry_complaint"), ("complaint",)
        else:
            text, cats = self.say("angry_distress"), ()
        if r.random() < 0.25:
            text = self.say("cust_swear") + " " + text
            self.decoys.append("customer_swears")
            cats = tuple(sorted(set(cats) | {"complaint"}))
        elif r.random() < 0.2:
            text = text + " " + self.say("cust_blame")
            self.decoys.append("customer_blames")
            cats = tuple(sorted(set(cats) | {"complaint"}))
        if extra:
            text = extra + " " + text
        return self.c(text, "negative", cats, raised=r.random() < 0.5)

    def react(self, F: set[str], emp_mode: str, rest: list[Part],
              empathy_key: str = "empathy") -> Turn:
        """Agent reaction to the first anger: empathy or not, interrupting or not."""
        r = self.cx.rng
        interrupt = "interrupt" in F
        parts: list[Part] = []
        if emp_mode == "ok":
            parts.append(self.cx.p(empathy_key, "empathy"))
        else:
            parts.append(self.cx.p("nonempathy_react"))
        if interrupt:
            self.faults.append("interrupts_angry_customer")
        t = self.a(*(parts + rest), interrupt=interrupt)
        if emp_mode == "late":
            self.c(self.say("cust_ok"), "neutral")
            self.a(Part(self.fill(HOLD_ASK)))
            self.a(self.cx.p(empathy_key, "empathy"), gap=r.uniform(24.0, 40.0))
            self.faults.append("empathy_too_late")
        elif emp_mode == "none":
            self.faults.append("no_empathy")
        elif emp_mode == "before":
            self.decoys.append("empathy_before_anger")
        return t


def pick_mode(rng: random.Random, on: bool, modes: list[str]) -> str:
    return rng.choice(modes) if on else "ok"


def build_inbound(cx: Ctx, scen: dict, F: set[str], anger: str, long_call: bool,
                  style: str, sad: bool, scen_name: str) -> Call:
    r = cx.rng
    if sad:
        anger = "early"
    k = Call(cx)
    lang = cx.lang
    greet_m = pick_mode(r, "greeting" in F, ["none", "late"])
    comp_m = pick_mode(r, "company" in F, ["none", "none", "late"])
    intro_m = pick_mode(r, "intro" in F, ["none", "late"])
    help_m = pick_mode(r, "help" in F, ["none", "late"])
    emp_m = "ok"
    if "empathy" in F:
        emp_m = r.choice(["none", "late", "before"] if anger != "early" else ["none", "late"])
    res_text = cx.say("res", scen)
    pi = r.randrange(len(scen["prob"]))
    prob_cats, prob = split_cats(scen["prob"][pi])
    conf_text = cx.fix(scen["conf"][pi % len(scen["conf"])])
    for m, nm in ((greet_m, "greeting"), (comp_m, "company"), (intro_m, "self_intro"),
                  (help_m, "offer_help")):
        if m != "ok":
            k.faults.append(f"{'no' if m == 'none' else m}_{nm}")
    # opening -------------------------------------------------------------
    op: list[Part] = []
    if "g_order" in F:
        op += [Part(cx.say("transfer_lead")), Part(res_text, "resolve")]
        k.faults.append("resolution_before_greeting")
    seq = r.choice([["greet", "company", "intro"], ["company", "greet", "intro"],
                    ["greet", "intro", "company"]])
    for item in seq:
        if item == "greet" and greet_m == "ok":
            op.append(cx.p("greet", "greet"))
        elif item == "company" and comp_m == "ok":
            if seq.index("company") > seq.index("intro") and intro_m == "ok":
                op.append(cx.p("company_tail", "company"))
            elif greet_m != "ok" and lang == "vi":
                op.append(cx.p("company_nogreet", "company"))
            else:
                op.append(cx.p("company", "company"))
        elif item == "intro" and intro_m == "ok":
            op.append(cx.p("intro", "intro"))
    if style == "new_starter" and r.random() < 0.5:
        op.append(cx.p("new_starter"))
    if not op:
        op.append(Part("yes go ahead" if lang == "en" else "dạ nghe ạ"))
    if help_m == "ok" and r.random() < 0.2 and "g_order" not in F:
        k.a(*op)
        k.c(cx.say("cust_hello"))
        k.a(cx.p("help", "help"))
    else:
        if help_m == "ok":
            op.append(cx.p("help", "help"))
        k.a(*op)
    if help_m == "late":
        q, ans = r.choice(PAIRS[lang]["id_first"])
        k.turns[-1].parts.append(Part(q))
        k.c(ans)
        q, ans = r.choice(PAIRS[lang]["id"])
        k.a(Part(q))
        k.c(ans)
        k.a(Part(k.fill(HOLD_ASK)))
        k.a(cx.p("late_help", "help"), gap=r.uniform(26.0, 40.0))
    if comp_m == "none" and r.random() < 0.5:
        k.c("sorry is this Acme Bank" if lang == "en" else "đây có phải ngân hàng ABC không em")
        k.a(Part(r.choice(["yes it is", "yep that's right"]) if lang == "en" else "dạ đúng rồi ạ"))
        k.decoys.append("customer_says_company")
    elif r.random() < 0.1:
        k.c(k.fill({"en": EN["cust_greet_name"], "vi": VI["cust_greet_name"]}))
        k.decoys.append("customer_says_agent_name")
    # problem ---------------------------------------------------------------
    text = prob
    if "g_order" in F:
        text = r.choice(["oh brilliant thank you yeah so", "oh great so just so you've got it"]
                        if lang == "en" else ["dạ vâng cảm ơn em chị gọi là vì",
                                              "ừ tốt quá vậy để anh kể lại"]) + " " + prob
    elif greet_m == "late":
        text = r.choice(PREAMBLE[lang]) + " " + prob
    elif r.random() < 0.5:
        text = cx.say("cust_hello") + " " + prob
    if sad:
        k.c(text, "negative", prob_cats)
        k.decoys.append("bereaved_customer_negative")
    elif anger == "early":
        pt = k.angry_turn(r.choice(["complaint", "distress"]), text)
        pt.cats = tuple(sorted(set(pt.cats) | set(prob_cats)))
    else:
        k.c(text, "neutral", prob_cats)
    reaction: list[Part] = []
    if greet_m == "late":
        reaction.append(Part(r.choice(LATE_GREET[lang]), "greet"))
    use_id = r.random() < 0.35 or "readback" in F
    confirm_now = "confirm" not in F and (not use_id or r.random() < 0.5)
    if confirm_now:
        reaction.append(Part(conf_text, "confirm"))
    if anger == "early":
        first = k.react(F, emp_m, reaction, "condolence" if sad else "empathy")
        first.gap = r.uniform(2.5, 4.0) if greet_m == "late" else None
    else:
        if emp_m == "before":
            reaction.insert(0, cx.p("empathy", "empathy"))
            k.faults.append("empathy_only_before_anger")
        if reaction:
            k.a(*reaction, gap=r.uniform(2.5, 4.0) if greet_m == "late" else None)
        else:
            k.a(Part(r.choice(["okay", "right", "mm"]) if lang == "en" else "dạ vâng"))
    if "confirm" in F:
        k.faults.append("no_confirm")
    # identification ----------------------------------------------------------
    if use_id:
        if "readback" in F:
            ask, said, back = r.choice(READBACK[lang])
            k.a(Part(ask))
            k.c(said)
            k.decoys.append("customer_reads_card")
            k.a(Part(back, "readback"))
            k.faults.append("card_readback")
            k.c(cx.say("cust_ok"))
        else:
            q, ans = r.choice(PAIRS[lang]["id"])
            k.a(Part(q))
            k.decoys.append("id_check")
            k.c(ans)
            if r.random() < 0.4:
                key = r.choice(["addr_readback", "readback_decoy"])
                k.a(cx.p(key))
                k.decoys.append(key)
                k.c(cx.say("cust_ok"))
        if "confirm" not in F and not confirm_now:
            k.a(Part(conf_text, "confirm"))
            k.c(cx.say("cust_ok"))
    # hold + resolution ------------------------------------------------------------
    if k.turns[-1].speaker == "agent" and not k.turns[-1].interrupt:
        k.turns[-1].parts.append(cx.p("check_hold"))
    else:
        k.a(cx.p("check_hold"))
    k.decoys.append("check_before_hold")
    res_parts: list[Part] = []
    if r.random() < 0.7:
        res_parts.append(Part(cx.say("thanks_hold"), "decoy_thanks"))
        k.decoys.append("thanks_for_holding")
    if comp_m == "late":
        res_parts.append(cx.p("late_company", "company"))
    if intro_m == "late":
        res_parts.append(cx.p("late_intro", "intro"))
    if "resolution" in F:
        res_parts.append(cx.p("nonresolve"))
        k.faults.append("no_resolution")
    elif "g_order" not in F:
        res_parts.append(Part(res_text, "resolve"))
    else:
        res_parts.append(Part("that's all done on the system" if lang == "en" else
                              "dạ hệ thống đã cập nhật xong ạ"))
    if r.random() < 0.3 and not sad:
        if scen_name in FEE_SCEN:
            res_parts.append(cx.p("policy"))
        else:
            res_parts.append(Part(r.choice(APOLOGY[lang])))
        k.decoys.append("policy_or_bank_apology")
    k.a(*res_parts, gap=r.uniform(12.0, 45.0))
    if anger == "mid":
        k.angry_turn(r.choice(["complaint", "complaint", "distress"]))
        calm = [] if "resolution" in F else [Part(cx.fix(r.choice(REASSURE[lang])))]
        k.react(F, emp_m, calm)
        k.c(cx.say("cust_ok"))
    else:
        k.c(cx.say("cust_thanks_mid"), "positive" if r.random() < 0.5 else "neutral")
    if r.random() < 0.15:
        cats2, t2 = split_cats(r.choice(SECOND_EN if lang == "en" else SECOND_VI))
        k.c(t2, "neutral", cats2)
        k.a(Part("yes I can do that for you now" if lang == "en" else "dạ em làm luôn cho mình ạ"))
        k.c(cx.say("cust_ok"))
    if long_call:
        extra = r.sample(PAIRS[lang]["extra"], r.randint(4, 6))
        for j, (q, ans) in enumerate(extra):
            k.c(q)
            if j == 1:
                k.a(cx.p("check_hold"))
                k.a(Part(cx.say("thanks_hold"), "decoy_thanks"), Part(ans),
                    gap=r.uniform(8.0, 20.0))
            else:
                k.a(Part(ans))
            if r.random() < 0.5:
                k.c(cx.say("cust_ok"))
        if r.random() < 0.5:
            k.a(cx.p("small_talk_a"))
            k.c(cx.say("small_talk_c"))
    if anger == "late":
        k.angry_turn("complaint")
        k.react(F, emp_m, [])
        k.c(cx.say("cust_ok"))
    # closing --------------------------------------------------------------------
    if "anyelse" in F:
        k.faults.append("no_anything_else")
    else:
        k.a(cx.p("anyelse", "anyelse"))
        k.c(cx.say("cust_nothing"))
    th_m = pick_mode(r, "thanks" in F, ["none", "early"])
    by_m = "none" if "goodbye" in F else "ok"
    if th_m != "ok":
        k.faults.append(f"{'no' if th_m == 'none' else th_m}_closing_thanks")
    if by_m != "ok":
        k.faults.append("no_goodbye")
    if th_m == "early":
        k.a(cx.p("thanks", "thanks"))
        q, ans = r.choice(PAIRS[lang]["one_more"])
        k.c(q)
        k.a(Part(ans))
        k.c(cx.say("cust_thanks_mid"), "positive")
        k.a(cx.p("small_talk_a"))
        k.c(cx.say("small_talk_c"))
    close: list[Part] = []
    if th_m == "ok":
        close.append(cx.p("thanks", "thanks"))
    if by_m == "ok":
        if "t_order" in F:
            close.insert(0, cx.p("bye", "bye"))
            k.faults.append("goodbye_before_thanks")
        else:
            close.append(cx.p("bye", "bye"))
    if not close:
        close.append(Part("okay then" if lang == "en" else "dạ vâng"))
    if len(close) == 2 and "t_order" not in F and r.random() < 0.3:
        k.a(close[0])
        k.c(cx.say("cust_bye"))
        k.a(close[1])
    else:
        k.a(*close)
        k.c(cx.say("cust_bye"), "positive")
        k.decoys.append("customer_goodbye")
    return k


def build_outbound(cx: Ctx, scen: dict, F: set[str], anger: str, long_call: bool,
                   style: str) -> Call:
    r = cx.rng
    k = Call(cx)
    lang = cx.lang
    ob = cx.outb
    self_m = pick_mode(r, "o_self" in F, ["none", "late"])
    comp_m = pick_mode(r, "o_company" in F, ["none", "late"])
    purp_m = "late" if "purpose" in F else "ok"
    rec_m = pick_mode(r, "recording" in F, ["none", "late"])
    cons_m = pick_mode(r, "consent" in F, ["none", "late"])
    for m, nm in ((self_m, "name"), (comp_m, "company"), (purp_m, "purpose"),
                  (rec_m, "recording_disclosure"), (cons_m, "consent")):
        if m != "ok":
            k.faults.append(f"{'no' if m == 'none' else m}_{nm}")
    k.c(cx.say("cust_pickup", ob))
    if r.random() < 0.3:
        k.a(Part(r.choice(OUT_GREET[lang])), cx.p("verify", None, ob))
        k.c(cx.say("cust_yes", ob))
        op: list[Part] = []
    else:
        op = [Part(r.choice(OUT_GREET[lang]))]
    if self_m == "ok":
        op.append(cx.p("self", "o_self", ob))
    if comp_m == "ok":
        op.append(cx.p("company", "o_company", ob))
    if not op:
        op.append(Part("sorry to bother you" if lang == "en" else "dạ em xin lỗi làm phiền"))
    k.a(*op)
    if rec_m == "ok":
        parts = [cx.p("recording", "recording", ob)]
        if cons_m == "ok":
            parts.append(cx.p("consent", "consent", ob))
        if r.random() < 0.5:
            k.turns[-1].parts.extend(parts)
        else:
            k.a(*parts, gap=r.uniform(0.2, 0.6))
        k.c("yeah that's fine" if lang == "en" else r.choice(["ừ được", "dạ được em", "ok em"]))
    purpose = Part(cx.say("purpose", scen), "purpose")
    if purp_m == "late":
        for i in range(r.randint(2, 3)):
            k.a(Part(ob["security"][i]))
            k.c(ob["security_a"][i])
        k.a(Part(k.fill(HOLD_ASK)))
        k.a(purpose, gap=r.uniform(38.0, 55.0))
    else:
        k.a(purpose)
    ri = r.randrange(len(scen["reply"]))
    cats, reply = split_cats(scen["reply"][ri])
    if anger == "early":
        t = k.angry_turn("out", reply)
        t.cats = tuple(sorted(set(t.cats) | set(cats)))
        k.react(F, "ok" if "empathy" not in F else r.choice(["none", "late"]), [])
    else:
        k.c(reply, "neutral", cats)
    if k.turns[-1].speaker == "agent" and not k.turns[-1].interrupt:
        k.turns[-1].parts.append(cx.p("check_hold"))
    else:
        k.a(cx.p("check_hold"))
    late: list[Part] = []
    if self_m == "late":
        late.append(Part(k.fill(OUT_LATE_SELF), "o_self"))
    if comp_m == "late":
        late.append(Part(k.fill(OUT_LATE_COMPANY), "o_company"))
    if rec_m == "late":
        late.append(Part(k.fill(OUT_LATE_REC), "recording"))
    if cons_m == "late" and rec_m == "ok":
        late.append(Part(k.fill(OUT_LATE_CONSENT), "consent"))
    if r.random() < 0.5:
        late.insert(0, Part(cx.say("thanks_hold"), "decoy_thanks"))
    late.append(Part(cx.fix(scen["res"][ri])))
    k.a(*late, gap=r.uniform(35.0, 70.0))
    if anger == "mid":
        k.angry_turn("out")
        k.react(F, "ok" if "empathy" not in F else r.choice(["none", "late"]), [])
    k.c(cx.say("cust_ok"))
    if long_call:
        for q, ans in r.sample(PAIRS[lang]["extra"], r.randint(3, 5)):
            k.c(q)
            k.a(Part(ans))
    if r.random() < 0.4:
        k.a(cx.p("anyelse"))
        k.c(cx.say("cust_nothing"))
    k.a(cx.p("thanks"), cx.p("bye"))
    k.c(cx.say("cust_bye"))
    return k


# --------------------------------------------------------------------------- insert agent faults
def insert_agent_faults(k: Call, F: set[str], lang: str) -> None:
    r = k.cx.rng
    turns = k.turns
    first_c = next(i for i, t in enumerate(turns) if t.speaker == "customer")
    cand = [i for i, t in enumerate(turns) if t.speaker == "agent" and i > first_c]
    cand = cand[:-1] or cand

    def put(part: Part, where: str) -> None:
        i = r.choice(cand)
        if where == "front" or r.random() < 0.5:
            turns[i].parts.insert(0, part)
        else:
            turns[i].parts.append(part)

    if "profanity" in F:
        if lang == "vi" and r.random() < 0.4:
            put(Part(k.say("profanity_toneless"), "profanity"), "any")
            k.faults.append("agent_swears_toneless")
        else:
            put(Part(k.say("profanity"), "profanity"), "any")
            k.faults.append("agent_swears")
    if "strict" in F:
        put(Part(k.say("profanity_strict"), "strict", keep=True), "any")
        k.faults.append("agent_swears_toned_vi")
    if "rude" in F:
        put(Part(k.say("rude"), "rude"), "front")
        k.faults.append("agent_rude")
    if "blame" in F:
        put(Part(k.say("blame"), "blame"), "front")
        k.faults.append("agent_blames_customer")
    if r.random() < 0.25:
        put(k.cx.p("polite_decoy"), "any")
        k.decoys.append("polite_lookalike")
    if "readback" not in F and r.random() < 0.12:
        put(k.cx.p("readback_decoy"), "any")
        k.decoys.append("readback_decoy")


def add_interrupt_decoys(k: Call) -> None:
    r = k.cx.rng
    turns = k.turns
    for i in range(2, len(turns) - 1):
        a, b = turns[i], turns[i + 1]
        if b.interrupt or a.interrupt:
            continue
        long_a = len(" ".join(p.text for p in a.parts).split()) >= 7
        if not long_a:
            continue
        if a.speaker == "customer" and a.sent != "negative" and b.speaker == "agent":
            if r.random() < 0.12:
                b.interrupt = True
                k.decoys.append("agent_interrupts_calm_customer")
        elif a.speaker == "agent" and b.speaker == "customer" and r.random() < 0.06:
            b.interrupt = True
            k.decoys.append("customer_interrupts_agent")


# --------------------------------------------------------------------------- plan + build
F_RULE = {
    "greeting": ["inbound/greeting"], "company": ["inbound/company_name"],
    "intro": ["inbound/self_intro"], "help": ["inbound/offer_help"],
    "confirm": ["inbound/confirm_problem"], "resolution": ["inbound/resolution"],
    "anyelse": ["inbound/anything_else"], "thanks": ["inbound/thanks"],
    "goodbye": ["inbound/goodbye"], "g_order": ["inbound/greeting_before_resolution"],
    "t_order": ["inbound/thanks_before_goodbye"], "o_self": ["outbound/identify_self"],
    "o_company": ["outbound/identify_company"], "purpose": ["outbound/purpose"],
    "recording": ["outbound/recording_disclosure"], "consent": ["outbound/consent"],
    "empathy": ["angry_caller/empathy"], "blame": ["angry_caller/no_blame"],
    "interrupt": ["angry_caller/no_interrupting_angry_customer"],
    "profanity": ["forbidden/profanity"],
    "strict": ["forbidden/profanity_vi_strict", "forbidden/profanity"],
    "rude": ["forbidden/rude"], "readback": ["forbidden/no_card_readback"],
}
IN_F = ["greeting", "company", "intro", "help", "confirm", "resolution", "anyelse", "thanks",
        "goodbye", "g_order", "t_order", "readback"]
OUT_F = ["o_self", "o_company", "purpose", "recording", "consent"]
ANY_F = ["empathy", "interrupt", "blame", "profanity", "strict", "rude"]
CONFLICT = [{"g_order", "greeting"}, {"g_order", "resolution"}, {"t_order", "thanks"},
            {"t_order", "goodbye"}, {"consent", "recording"}, {"profanity", "strict"}]


@dataclass
class Spec:
    lang: str
    direction: str
    faults: set[str]
    anger: str
    long_call: bool
    scen: str
    style: str
    agent: int
    queue: str


def plan(lang: str, rng: random.Random) -> list[Spec]:
    n_in, n_out = 110, 40
    dirs = ["inbound"] * n_in + ["outbound"] * n_out
    rng.shuffle(dirs)
    specs: list[Spec] = []
    scen_in = list(SCEN_EN if lang == "en" else SCEN_VI)
    scen_out = list(OUT_EN if lang == "en" else OUT_VI)
    agents = AGENTS_EN if lang == "en" else AGENTS_VI
    queues = QUEUES_EN if lang == "en" else QUEUES_VI
    for i, d in enumerate(dirs):
        pool = scen_in if d == "inbound" else scen_out
        specs.append(Spec(lang, d, set(), "none", rng.random() < 0.08, pool[i % len(pool)],
                          rng.choice(STYLES), rng.randrange(len(agents)), rng.choice(queues)))
    clean = set(rng.sample(range(len(specs)), 16))
    slots: list[str] = []
    counts = {f: 9 for f in IN_F + OUT_F + ANY_F}
    if lang == "en":
        counts["strict"] = 0
    else:
        counts["strict"], counts["profanity"] = 15, 3
    for f, c in counts.items():
        slots += [f] * c
    rng.shuffle(slots)
    for f in slots:
        for cap in (1, 2, 3):
            ok = []
            for i, s in enumerate(specs):
                if i in clean or len(s.faults) >= cap or f in s.faults:
                    continue
                if f in IN_F and s.direction != "inbound":
                    continue
                if f in OUT_F and s.direction != "outbound":
                    continue
                if any(f in c and (c - {f}) & s.faults for c in CONFLICT):
                    continue
                ok.append(i)
            if ok:
                specs[rng.choice(ok)].faults.add(f)
                break
        else:
            raise RuntimeError(f"cannot place {f}")
    for s in specs:
        options = ["early", "mid", "late"] if s.direction == "inbound" else ["early", "mid"]
        if s.faults & {"empathy", "interrupt"} or rng.random() < 0.3:
            s.anger = rng.choice(options)
    return specs


def build_one(spec: Spec, idx: int) -> dict:
    lang = spec.lang
    agents = AGENTS_EN if lang == "en" else AGENTS_VI
    want = {r for f in spec.faults for r in F_RULE[f]}
    last = ""
    best: dict | None = None
    for attempt in range(400):
        rng = random.Random(f"{SEED}-{lang}-{idx}-{attempt}")
        cx = Ctx(rng, lang, agents[spec.agent])
        if spec.direction == "inbound":
            table = SCEN_EN if lang == "en" else SCEN_VI
            k = build_inbound(cx, table[spec.scen], spec.faults, spec.anger, spec.long_call,
                              spec.style, spec.scen == "deceased", spec.scen)
        else:
            table = OUT_EN if lang == "en" else OUT_VI
            k = build_outbound(cx, table[spec.scen], spec.faults, spec.anger, spec.long_call,
                               spec.style)
        insert_agent_faults(k, spec.faults, lang)
        add_interrupt_decoys(k)
        b = realise(k.turns, lang, rng)
        tr, issues = truth_of(b, lang, spec.direction)
        got = {r for r, v in tr.items() if v == "fail"}
        if issues or got != want:
            last = f"{issues} want={sorted(want)} got={sorted(got)}"
            continue
        row = {
            "id": f"{lang}-heldout5-{idx:03d}",
            "split": "heldout5",
            "language": lang,
            "metadata": {"direction": spec.direction, "queue": spec.queue,
                         "agent_name": agents[spec.agent][0], "language": lang},
            "faults": sorted(set(k.faults)),
            "decoys": sorted(set(k.decoys)),
            "context": f"{spec.scen}/{spec.style}/anger-{spec.anger}"
                       + ("/long" if spec.long_call else ""),
            "segments": b.segments,
            "sentiment": b.sentiment,
            "metrics": {"speaker_separated": True, "interruptions": b.interruptions,
                        "raised_voice": b.raised},
            "truth": tr,
            "categories": b.cats,
        }
        if spec.long_call or len(b.segments) <= 15:
            return row
        if best is None or len(b.segments) < len(best["segments"]):
            best = row
    if best is not None:
        return best
    raise RuntimeError(f"{lang}-{idx} {sorted(spec.faults)}: {last}")


# --------------------------------------------------------------------------- validation
ORDER_LIKE = ("inbound/greeting_before_resolution", "inbound/thanks_before_goodbye",
              "outbound/consent")


def validate(row: dict) -> list[str]:
    errs: list[str] = []
    segs = row["segments"]
    if len(row["sentiment"]) != len(segs):
        errs.append("sentiment length")
    if set(row["truth"]) != set(RULES):
        errs.append("truth keys")
    if any(v not in ("pass", "fail", "not_applicable") for v in row["truth"].values()):
        errs.append("truth value")
    if any(c not in CATEGORIES for c in row["categories"]):
        errs.append("category")
    starts_i = {it["start_s"] for it in row["metrics"]["interruptions"]}
    prev_start, prev_end = -1.0, 0.0
    for sg in segs:
        if sg["start"] <= prev_start:
            errs.append("start order")
        if sg["start"] < prev_end - 1e-6 and sg["start"] not in starts_i:
            errs.append("overlap without interruption")
        words = sg["text"].split(" ")
        if [w[2] for w in sg["words"]] != words or "" in words:
            errs.append("words != text")
        for w0, w1, _ in sg["words"]:
            if not (sg["start"] - 1e-6 <= w0 < w1 <= sg["end"] + 1e-6):
                errs.append("word time")
        prev_start, prev_end = sg["start"], max(prev_end, sg["end"])
    d = row["metadata"]["direction"]
    tr = row["truth"]
    for rule, v in tr.items():
        pack = rule.split("/")[0]
        may_be_na = rule in ORDER_LIKE and pack == d
        if pack in ("inbound", "outbound") and (pack == d) == (v == "not_applicable") \
                and not may_be_na:
            errs.append(f"direction {rule}")
    if row["language"] == "en" and tr["forbidden/profanity_vi_strict"] != "not_applicable":
        errs.append("strict on en")
    if tr["forbidden/profanity_vi_strict"] == "fail" and tr["forbidden/profanity"] != "fail":
        errs.append("strict without profanity")
    if tr["outbound/recording_disclosure"] == "fail" and tr["outbound/consent"] != "not_applicable":
        errs.append("consent after failed disclosure")
    angry = any(s == "negative" and g["speaker"] == "customer"
                for s, g in zip(row["sentiment"], segs, strict=True))
    angry = angry or bool(row["metrics"]["raised_voice"])
    if angry == (tr["angry_caller/empathy"] == "not_applicable"):
        errs.append("anger vs empathy NA")
    return errs


def main() -> int:
    rng = random.Random(SEED)
    rows: list[dict] = []
    for lang in ("en", "vi"):
        for idx, spec in enumerate(plan(lang, rng)):
            rows.append(build_one(spec, idx))
    bad = {r["id"]: e for r in rows if (e := validate(r))}
    if bad:
        print(json.dumps(bad, indent=1)[:3000])
        return 1
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} calls to {OUT}")
    print(summary(rows))
    print("sha256", hashlib.sha256(OUT.read_bytes()).hexdigest())
    return 0


def summary(rows: list[dict]) -> str:
    lines = ["| rule | fail en | fail vi | pass en | pass vi | n/a |", "|---|---|---|---|---|---|"]
    for rule in RULES:
        c: Counter[tuple[str, str]] = Counter((r["language"], r["truth"][rule]) for r in rows)
        na = c[("en", "not_applicable")] + c[("vi", "not_applicable")]
        lines.append(f"| {rule} | {c[('en', 'fail')]} | {c[('vi', 'fail')]} | "
                     f"{c[('en', 'pass')]} | {c[('vi', 'pass')]} | {na} |")
    lines += ["", "| category | en | vi | total |", "|---|---|---|---|"]
    for cat in CATEGORIES:
        en = sum(cat in r["categories"] and r["language"] == "en" for r in rows)
        vi = sum(cat in r["categories"] and r["language"] == "vi" for r in rows)
        lines.append(f"| {cat} | {en} | {vi} | {en + vi} |")
    dirs = Counter((r["language"], r["metadata"]["direction"]) for r in rows)
    nseg = [len(r["segments"]) for r in rows]
    nf = Counter(min(len({x for f in r["faults"] for x in [f]}), 3) for r in rows)
    lines += ["", f"calls: {len(rows)}; by language/direction: {dict(sorted(dirs.items()))}",
              f"segments per call: min {min(nseg)}, max {max(nseg)}, "
              f"calls over 15 segments: {sum(n > 15 for n in nseg)}",
              f"calls by number of fault tags (3 = 3+): {dict(sorted(nf.items()))}"]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
