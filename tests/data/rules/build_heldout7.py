"""Build tests/data/rules/heldout7.jsonl: a blind held-out set for aqm's compliance rules.

Written from the issue-7 brief only (call script, rule descriptions and judgement calls),
without looking at the rule files, the matcher or earlier sets. Deterministic: the same seed
always writes the same file. Run: ``python tests/data/rules/build_heldout7.py``.

Every call is assembled from tagged pieces of speech (greeting, self-introduction, resolution,
empathy, ...); the truth of each rule is then computed from the rendered timings, and a call
whose tagged speech falls within 2 s of a window edge is drawn again.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

SEED = 20261202_7
OUT = Path(__file__).with_name("heldout7.jsonl")
MARGIN_S = 2.0

# ---------------------------------------------------------------- English wordings
EN_AGENTS = [
    "Sam Whitaker", "Priya Nair", "Callum Reid", "Aoife Byrne", "Chidi Okonkwo",
    "Marcus Bell", "Fiona Mackay", "Tunde Adeyemi", "Grace Lim", "Liam Tremblay",
    "Hannah Cole", "Declan Murphy", "Zara Ahmed", "Ruth Ogunleye", "Ethan Chua",
    "Siobhan Kelly", "Isla Fraser", "Kwame Boateng",
]
EN_MISHEARD = {
    "Siobhan": "shivon", "Aoife": "eefa", "Chidi": "chiddy", "Tunde": "tundy",
    "Callum": "calum", "Declan": "deklan", "Kwame": "kwam", "Isla": "isler",
}
EN_CUSTOMERS = [
    "Mrs Campbell", "Mr Okafor", "Ms Tan", "Mr Doyle", "Mrs Adebayo", "Mr Gagnon",
    "Miss Ong", "Mr McLeod", "Mrs O'Sullivan", "Mr Bello", "Ms Fitzgerald", "Mr Leblanc",
    "Mrs Henderson", "Mr Lim", "Ms Eze",
]
EN_AMT = ["forty-two pounds", "£18.99", "sixty quid", "£250", "ninety-five pounds",
          "a hundred and twelve pounds", "£7.50", "three hundred dollars"]
EN_DAY = ["last Tuesday", "on the 3rd", "yesterday", "over the weekend", "Friday night",
          "on Monday morning", "the day before yesterday"]

EN_G = ["Good morning.", "Good afternoon,", "Hello there,", "Hiya,", "Morning,",
        "Hi, good evening,", "Hello, good morning to you,", "Afternoon!", "Hi there,"]
EN_C = ["you've reached {co}.", "this is {co} customer care,", "{co} card services,",
        "you're through to {co},", "{co} helpline,", "{co} personal banking,"]
EN_GC = ["Welcome to {co},", "Thanks for calling {co},", "Hello and welcome to {co}'s card team,",
         "Good morning and thank you for ringing {co},", "Hi, welcome through to {co},"]
EN_I = ["my name's {n},", "you've got {n} on the line,", "{n} with you today,", "I'm {n},",
        "{n} speaking,", "it's {n} here,", "you're speaking with {n},", "{n} here,"]
EN_CI = ["you're through to {n} at {co},", "{n} at {co} speaking,", "this is {n} from {co},"]
EN_H = ["how can I help?", "what can I do for you today?", "what's brought you to us today?",
        "how may I assist you?", "what can I sort out for you?", "what's the call about today?",
        "how can I be of help?", "tell me what I can do for you.", "what can I help you with?"]
EN_LATE = {
    "G": ["Oh, and hello, good afternoon, sorry, I never said hello there.",
          "Sorry, where are my manners, good morning to you."],
    "C": ["That's something we here at {co} can look into.",
          "We at {co} can certainly check that for you."],
    "I": ["I'm {n} by the way, I'll stay with you on this one.",
          "Sorry, I should have said, my name is {n}."],
    "H": ["Lovely, thank you. So what can I help you with today?",
          "Grand, that's you through security. Now, how can I help?"],
}
EN_SECURITY = [
    ("Before we go any further, can I take your full name and date of birth?",
     "Aye, it's {full}, the, em, the fourteenth of March, nineteen fifty-two."),
    ("And could you confirm the first line of your address and your postcode?",
     "Yes, it's, hold on, twenty-two Dickson Road, and the postcode is G41 3QT."),
    ("Just for security, what's the name of your first school?",
     "Oh goodness, that'd be St Mary's, the wee one down by the harbour."),
]
EN_IDCHECK = [
    ("Can I just confirm your date of birth, please?", "Second of June, 1979."),
    ("Could you confirm the first line of your address for me?", "Fourteen Kelvin Street."),
    ("And for security, what's your mother's maiden name?", "It's Ferguson."),
    ("What's the postcode on the account?", "EH6 4BL."),
]
EN_ADDRESS_Q = ["And the full address on the account, please?",
                "Can you give me the address we'd have on file?"]
EN_ADDRESS_READBACK = [("22 Dickson Road, Glasgow, G41 3QT.",
                        "So that's 22 Dickson Road, Glasgow, G41 3QT, is that right?"),
                       ("5 Maple Row, Halifax, B3H 2Y4.",
                        "Okay, I've got 5 Maple Row, Halifax, B3H 2Y4, yeah?")]
EN_NOCONF = ["Okay, I understand.", "Right, let me just check that for you.",
             "Mm-hm, got it, one moment.", "Okay, leave it with me a second.",
             "I see. Can I take your account number?"]
EN_HOLD = ["Bear with me a moment while I pull that up.",
           "I'll just pop you on a short hold while I look, is that okay?",
           "Give me two ticks, I'm going to check the system."]
EN_HOLD_THANKS = ["Thanks for holding, {cn}.", "Thank you for waiting there.",
                  "Thanks for bearing with me."]
EN_NORES = ["I'll look into it.", "Let me see what I can do.", "Okay, I'll sort it.",
            "Leave it with me, I'll have a think."]
EN_NORES_Q = ["Would you like me to cancel it for you?", "Do you want me to raise something?"]
EN_CUST_SELF_PLAN = ["Never mind, I'll just pop into the branch tomorrow and sort it myself.",
                     "Fine, I'll write in to you then, I suppose."]
EN_ACK = ["Oh, brilliant, thank you.", "Okay, that's great.", "Right, cheers for that.",
          "Champion, thanks.", "Ah, that's a relief.", "Okay, sound.", "Lovely, ta."]
EN_YES = ["Yes, that's it.", "Yeah, exactly.", "That's right, aye.", "Correct.",
          "Yes, that's the one."]
EN_ANY = ["Is there anything else I can do for you today?",
          "Anything more I can help with while you're on?", "Was there something else at all?",
          "Can I help with anything further?",
          "Is that everything for today, or is there anything else?",
          "Anything else you need from me?"]
EN_ANY_NO = ["No, that's everything, thanks.", "Nope, you've been great.",
             "No, that's me, cheers.", "No, that's all I needed."]
EN_THX = ["Thanks very much for calling.", "Thank you for your patience today, {cn}.",
          "Cheers for calling in.", "Thank you for ringing {co}.", "Many thanks for calling.",
          "Thanks a million for calling.", "Thank you, I appreciate your call."]
EN_BYE = ["Bye now.", "Goodbye.", "Take care, bye.", "Bye bye.", "Cheerio.", "All the best, bye.",
          "Goodbye for now."]
EN_CUST_BYE = ["Bye.", "Okay, bye bye.", "Cheers, bye.", "Bye now."]
EN_CUST_THANKS = ["Thanks very much.", "Thank you, you've been a star.", "Cheers."]
EN_NOTHX_CLOSE = ["Right, that's you all sorted then."]
EN_ONE_MORE = [
    ("Oh, wait, one more thing, sorry. My daughter said there's a new app coming out, "
     "will I need a new login for it or does my old one still work?",
     "Your existing login carries over, you won't need to do anything, it just asks you to "
     "confirm your mobile number the first time you open it."),
    ("Oh, before you go, is the branch on the high street still open on Saturdays? "
     "I heard they were changing the hours.",
     "It is, nine till twelve on Saturdays, the change only affects Wednesday afternoons "
     "when it now closes at three."),
]
EN_SMALLTALK = [
    ("Sorry, it's a bit noisy here, I'm walking down Princes Street.", "No bother at all."),
    ("The weather's shocking today, isn't it?", "It is, absolutely lashing here too."),
    ("Hang on, let me find my glasses.", "Take all the time you need."),
    ("Sorry, the bus is just going past, say that again?",
     "No problem, I was just saying it's all in hand."),
    ("My grandson normally does all this online for me.", "Ah, that's good of him."),
]
EN_EMP = ["I'm so sorry to hear that, that sounds really stressful.",
          "I completely understand why you're upset, I would be too.",
          "Oh no, I'm sorry, that's awful to deal with.",
          "I can hear how frustrating this has been for you, and I'm sorry.",
          "I get it, that would wind anyone up, I'm sorry.",
          "Honestly, I'd be annoyed too, I'm sorry you've been through all that."]
EN_CONDOLENCE = ["I'm so sorry for your loss.", "I'm very sorry to hear about your dad.",
                 "Please accept my condolences, that's a lot to deal with."]
EN_PROCEDURAL = ["Okay. Can I take the sort code and account number?",
                 "Right. What's the postcode on the account?",
                 "Okay. I'll need the last four digits of the card.",
                 "Noted. The system shows the account as active."]
EN_EMP_LATE = ["Right, and look, I do understand this is upsetting, I'm sorry.",
               "I'm sorry, I know it's been a rotten day for you with this."]
EN_ANGRY = ["This is the third time I've phoned about this, it's an absolute joke!",
            "Your bank is useless, I'm sick to death of it.",
            "I've been on hold for forty minutes, this is a disgrace.",
            "Nobody ever rings back, I'm raging, to be honest.",
            "I want a manager, I'm not dealing with this any more.",
            "I've waited a week for this to be sorted and nothing, absolutely nothing!"]
EN_ANGRY_SWEAR = ["This is fucking ridiculous, you lot are useless.",
                  "Bloody useless, the whole shitty lot of you."]
EN_DISTRESS = ["Oh God, that was all the money I had for rent, I'm panicking here.",
               "I'm really scared, I live on my own and I don't know what to do."]
EN_ANGRY_MORE = ["And don't tell me to wait another week!",
                 "I've been a customer for twenty years and this is how you treat me."]
EN_BLAME = ["Well, that's your fault, not ours.",
            "You should have read the terms before you signed up.",
            "You're not listening to me.", "I already told you that twice.",
            "If you'd read our texts you'd have known.",
            "No, no, you're wrong, that's not how it works at all.",
            "That's on you, not us."]
EN_POLICY = ["That's just how our processing works, requests after 8pm go through the next "
             "working day.",
             "Under the account terms we need security checks before any change, that's "
             "standard for everyone."]
EN_BANK_SORRY = ["I'm sorry, that's our mistake, it should never have happened.",
                 "Apologies, that one's on us, our system got it wrong."]
EN_RUDE = ["Look, that's not my problem.", "Whatever, do what you like.", "Calm down, will you.",
           "Are you stupid or something?", "Stop wasting my time.", "I haven't got all day.",
           "Yeah, yeah, whatever.", "Can you just get to the point?"]
EN_WHATEVER_OK = [("Can someone ring me back about it later on?",
                   "I can call you back at whatever time suits you best."),
                  ("Which branch would I go to if I need to?",
                   "Whatever branch is easiest for you is fine.")]
EN_PROF = ["Oh shit, sorry, the screen's just gone blank.",
           "For fuck's sake, this system, sorry about that.",
           "Shit, sorry, my headset's just cut out on me.",
           "Fucking thing has logged me out again, hang on.",
           "Christ, what a shitshow this update has been."]
EN_CARD = ["So the card number I've got is 4929 1188 0461 7732, is that the one?",
           "Just reading that back, four five three nine, two two one oh, eight eight seven six, "
           "one one zero four.",
           "And the security code on the back is 7 1 4, yes?",
           "The long number is 5412 7534 9923 4417 and the CVV is 883, correct?",
           "I have the card as 4000 1234 5678 9010, expiry 08 27, code 552."]
EN_CARD_OK = ["That's the card ending 7732, yeah?", "Your reference is ACM 4 4 1 9 0 2.",
              "I've got your mobile as 07700 900 412.",
              "Sort code 40 11 62, account ending 3381, is that right?"]
EN_WHY = ["Sorry, how does that work, then?", "So what happened there?",
          "And why was that, do you know?"]
EN_WAIT = ["Okay.", "Sure, go ahead.", "Right.", "Mm-hm."]
EN_DETAIL = ["I'm calling from work so I've only got a few minutes.",
             "Sorry, I'm a bit nervous on the phone.",
             "My daughter usually helps me with this sort of thing.",
             "I did try the app first but I couldn't find where to do it."]
EN_ANGRY_MID = ["Why do you need all that again? I've given it twice already, this is ridiculous!",
                "Oh for heaven's sake, I went through all this with the last person, your bank "
                "is a shambles!",
                "Every time I call it's the same questions, I'm fed up to the back teeth with "
                "you lot!"]
EN_ANGRY_MID_SWEAR = ["Jesus, every fucking time the same questions, you lot are a joke!"]
EN_ANGRY_LATE = ["That's not good enough, I shouldn't have had to call at all, your bank is "
                 "useless!",
                 "It should never have happened in the first place, I'm furious about it!",
                 "And who's paying me for the hour I've wasted on this? It's a disgrace!"]
EN_ANGRY_LATE_SWEAR = ["It should never have fucking happened, you lot are useless!"]
EN_EXTRA = [
    ("Can I ask, what's the daily limit for taking cash out?",
     "It's five hundred pounds a day at the machine, and more over the counter with ID."),
    ("Can the app freeze my card if I misplace it again?",
     "It can, under Cards, then Freeze card, and you unfreeze it the same way."),
    ("Do you charge for using the card in Europe?",
     "There's a 2.75 percent fee on payments abroad, and cash in euros is free at our "
     "partner machines."),
    ("How do I get paper statements back instead of the online ones?",
     "In the app under Settings, then Statements, just tick paper and they start next month."),
    ("Is the branch in town still doing coin counting?",
     "It is, up to five hundred coins a visit, and it goes straight into your account."),
]
EN_NOTED = ["Okay, right.", "Right then."]
EN_OB_C_ALONE = ["I'm calling from {co}.", "This is {co}'s customer team calling."]
EN_EMP_DISTRESS = ["Oh no, I'm so sorry, that must have been a horrible shock.",
                   "I'm really sorry that's happened to you, that sounds frightening.",
                   "That's awful, I'm so sorry, I can hear how worried you are."]
EN_NORES_REPLY = ["Hmm, okay then.", "I suppose so.", "Right... okay."]

# Inbound scenarios: categories raised by the customer, the customer's problem, the agent's
# restatement (confirm_problem), a resolution or concrete next step.
EN_IN: list[dict[str, Any]] = [
    dict(q="cards", cats=["billing", "refund"],
         corr=[("Well, it was three times actually, I've just looked again.",
                "Three times, sorry, so the same hotel charge has gone out three times and "
                "you only stayed the once.")],
         prob=["Hiya, I've been charged twice for the same hotel booking, {amt} both times, "
               "and I want the second one back.",
               "Hello, em, there's two identical payments to a hotel in Lisbon on my card, "
               "I only stayed the once, can I get the extra one refunded?"],
         conf=["So the hotel payment went through twice, the same amount, and you only booked "
               "the once, is that right?",
               "Okay, so you've got a duplicate charge from the Lisbon hotel and you'd like the "
               "second one returned."],
         res=["I've raised a dispute on the second charge, the money comes back within five "
              "working days and you'll get a letter confirming it.",
              "I've credited the duplicate back to you now, it'll show on your balance "
              "by tomorrow morning."]),
    dict(q="billing", cats=["billing"],
         prob=["I'm on a student account and there's a monthly fee of {amt} on my statement, "
               "I thought student accounts were free?",
               "Hey, so my statement shows an account fee every month and I'm a student, "
               "that's not meant to happen, eh?"],
         conf=["Right, so you're being charged a monthly fee on a student account that should "
               "be fee-free.",
               "So every month a maintenance fee is coming off your student account."],
         res=["The account was moved onto the standard plan by mistake, I've switched it back "
              "and reversed the last two fees, you'll see them back tomorrow.",
              "I've put the student plan back on and refunded both fees, they'll land "
              "within forty-eight hours."]),
    dict(q="digital", cats=["outage"],
         prob=["Your app keeps crashing, every time I open it it just shuts itself down, "
               "been like that since {day}.",
               "Morning, the banking app won't open at all, it flashes up the logo and then "
               "I'm back on my home screen."],
         conf=["So the app closes itself as soon as you open it, and that's been happening "
               "for a few days now.",
               "Okay, so the app shows the logo and then quits straight back out."],
         res=["There's a known fault with the latest update on some Android phones, if you "
              "clear the app's cache and update to version 8.2 it'll open again, and I've "
              "logged your phone model with the digital team.",
              "The fix went out this morning, if you delete the app and reinstall it from "
              "the store it'll work, and your login details stay the same."]),
    dict(q="cards", cats=["outage", "refund"],
         corr=[("Well, it didn't freeze exactly, it said out of service halfway, but yes.",
                "Okay, so it went out of service mid-withdrawal, gave you no cash, and the "
                "money still came off your account.")],
         prob=["I was at the cash machine on Union Street and it took sixty quid off me but "
               "no cash came out, the screen just froze.",
               "Your machine outside the Tesco froze on me halfway through, no money came "
               "out but my balance has gone down, and I need that back."],
         conf=["Okay, so the machine froze, didn't give you the cash, but the money still "
               "left your account.",
               "So the ATM hung mid-withdrawal and you're out of pocket for cash you never "
               "got."],
         res=["I've lodged an ATM claim, the machine gets balanced overnight and the money "
              "will be back in your account within three working days.",
              "I've raised a cash-machine dispute, reference AT 6 6 0 1 4, you'll have the "
              "money back by Friday at the latest."]),
    dict(q="digital", cats=["outage", "payment"],
         prob=["Is your website down? I've been trying all morning to pay off my credit card "
               "and I just get an error page, and it's due today.",
               "The online banking site's not loading, and I need to make my credit card "
               "payment before midnight."],
         conf=["So the website's throwing an error and you need to get your credit card "
               "payment in today.",
               "Right, the site won't load and your card payment's due tonight."],
         res=["I can take the payment for you now over the phone from your current account, "
              "and I've noted the website fault so no late fee will apply.",
              "I've made the payment of the full balance from your current account for you, "
              "it's gone through, you're all up to date."]),
    dict(q="merchant", cats=["outage"],
         prob=["I run a wee café and the card machine we got from you keeps saying host not "
               "reachable, I can't take a single card since opening.",
               "Our card terminal at the shop has been dead since eight, it just says "
               "connection failed every time."],
         conf=["So the terminal you've got from us is showing host not reachable and you "
               "can't take cards at all.",
               "So your shop's card machine fails on every transaction since this morning."],
         res=["I've booked an engineer, reference TM 5 5 0 2 1, they'll be with you by noon "
              "tomorrow, and meanwhile you can take payments through the QR code in the "
              "merchant app.",
              "I've reset the terminal from our end, switch it off and on in the next five "
              "minutes and it'll reconnect, and I'm sending a spare by courier anyway."]),
    dict(q="billing", cats=["refund", "cancellation"],
         prob=["I want the direct debit to PureFit gym cancelled, and I want the last two "
               "payments back, I left in August.",
               "Can you stop the direct debit for my old gym please? And they took two "
               "months after I left, I want that money back."],
         conf=["So you'd like the gym direct debit stopped and the two payments since you "
               "left refunded.",
               "Okay, so the gym's still collecting after you left and you want it stopped "
               "and repaid."],
         res=["I've cancelled the direct debit today and raised an indemnity claim for both "
              "payments, the money will be back within ten working days.",
              "The direct debit's now cancelled, and under the guarantee I've refunded both "
              "collections, they'll show tomorrow."]),
    dict(q="retention", cats=["cancellation"],
         prob=["I'd like to cancel my credit card, I just don't use it any more.",
               "Yes, hi, I want to close the credit card I have with you, please."],
         conf=["So you want the credit card closed because you're not using it.",
               "Okay, you'd like the credit card shut down completely."],
         res=["Done, the card's cancelled as of today, cut it up, and you'll get a closure "
              "letter within ten days confirming a zero balance.",
              "That's it closed now, there's nothing owing, and the confirmation will come "
              "by email this afternoon."]),
    dict(q="general", cats=["cancellation"],
         prob=["My husband and I have separated and we want to close our joint account.",
               "We're splitting up, so the joint account needs shutting down, please."],
         conf=["So you'd like the joint account you share with your husband closed.",
               "Right, so the joint account's to be closed now that you've separated."],
         res=["For a joint account both of you need to sign the closure form, I've posted one "
              "to each of you and once they're back it closes within five days.",
              "I've sent the closure form by email to you both, once you've each signed it "
              "online the account closes the same day."]),
    dict(q="cards", cats=["card_lost"],
         prob=["I think I've lost my card, I had it on the bus this morning and now my wallet's "
               "gone.", "I can't find my debit card anywhere, I've turned the house upside down."],
         conf=["So your wallet with the card in it went missing on the bus this morning.",
               "So the debit card's gone missing and you can't find it anywhere."],
         res=["I've cancelled that card so nobody can use it, and a new one is on its way, it "
              "will arrive in three to five working days.",
              "The old card's stopped now, and I've ordered a replacement with the same PIN, "
              "it'll be with you by Thursday."]),
    dict(q="fraud", cats=["card_lost", "fraud"], neg=True,
         prob=["My card was stolen at the market in Lagos and now I see two transactions I "
               "didn't make, one of them for ninety thousand naira.",
               "Somebody nicked my purse at the station and there's already two payments on "
               "my card that weren't me."],
         conf=["So the card was taken and there are two payments on it since then that you "
               "don't recognise.",
               "Okay, so your card was stolen and it's already been used twice by someone "
               "else."],
         res=["The card is blocked now, I've opened a fraud case for both payments, reference "
              "FR 7 7 3 1 0, and the fraud team will contact you within two working days.",
              "I've stopped the card and refunded both payments while we investigate, "
              "a new card goes out today."]),
    dict(q="general", cats=["address_change"],
         prob=["I've moved house and need to update my address with you.",
               "Hi, so I've just moved flat, can you change my address on the account?"],
         conf=["So you've moved and you want your address updated on the account.",
               "Right, you need your new flat put on as the address."],
         res=["That's updated now to 9 Birchwood Crescent, your next statement and card will "
              "go there.",
              "All changed, you'll get a text confirming it and letters go to the new address "
              "from today."]),
    dict(q="general", cats=["address_change"],
         prob=["I'm calling for my mum, she's moved into a care home and she wants her letters "
               "coming to my address instead.",
               "It's about my father's account, I have power of attorney, he's moved in with "
               "me and his post should come here."],
         conf=["So your mum's moved into care and her post should now come to you.",
               "So your dad lives with you now and his correspondence needs to come to your "
               "address."],
         res=["As your power of attorney is registered with us, I've changed the "
              "correspondence address to yours, the letters go there from tomorrow.",
              "I've updated it under the power of attorney we hold, and I've sent a "
              "confirmation letter to the new address."]),
    dict(q="loans", cats=["payment"],
         prob=["I want to make my car loan payment, the direct debit bounced this month.",
               "Hello, I'd like to pay this month's instalment on my car loan by card, "
               "please."],
         conf=["So you'd like to pay this month's car loan instalment now because the direct "
               "debit didn't go out.",
               "So you want to pay the car loan instalment today over the phone."],
         res=["I've taken the {amt} from your current account, the loan's up to date, and "
              "there'll be no arrears fee.",
              "That payment's gone through, reference CL 2 0 9 1, and the loan shows as "
              "paid for this month."]),
    dict(q="cards", cats=["payment"],
         prob=["I'd like to make a payment off my credit card balance, about two hundred "
               "pounds.", "Can I pay some money off my credit card over the phone?"],
         conf=["So you'd like to pay around two hundred off the credit card today.",
               "So you want to make a payment towards the credit card balance now."],
         res=["Done, two hundred pounds has gone from your current account to the card, your "
              "new balance shows straight away.",
              "That's paid, the card balance is down already and you'll get a receipt by "
              "text."]),
    dict(q="fraud", cats=["fraud"],
         corr=[("Four, actually, there's another one from this morning.",
                "Four, then, so four payments to that site and none of them yours.")],
         prob=["There are three payments to some website called Zentrix on my account and "
               "I've never heard of it.",
               "I'm looking at my statement and there's stuff on it I never bought, three "
               "lots to some online shop."],
         conf=["So there are three card payments to Zentrix that weren't you.",
               "Okay, so three online purchases on your card aren't yours."],
         res=["I've stopped the card and raised a fraud claim for all three, the money will be "
              "credited back while we investigate, within five working days.",
              "The card's blocked, the three payments are disputed and refunded to you "
              "today, and a new card goes out tonight."]),
    dict(q="fraud", cats=["fraud"],
         prob=["I made a virtual card for one online order and now someone's used it twice "
               "in Singapore, not me.",
               "My virtual card has two payments in Singapore dollars and I've never been "
               "there."],
         conf=["So the virtual card you made for one order has been used twice in Singapore "
               "by someone else.",
               "Right, two Singapore payments on the virtual card, neither of them yours."],
         res=["I've deleted that virtual card and opened a fraud claim for both payments, "
              "you'll get the money back within five working days.",
              "That virtual card's cancelled and both charges are refunded while we look "
              "into it."]),
    dict(q="complaints", cats=["complaint"], neg=True,
         prob=["I want to make a formal complaint, I've been into the branch three times about "
               "my mortgage letter and nobody has got back to me.",
               "I'd like to speak to someone senior, please, I'm not happy with how the branch "
               "treated me."],
         conf=["So you've been into the branch three times about the mortgage letter and "
               "nobody has followed it up.",
               "So you weren't happy with the branch and you want it escalated."],
         res=["I've logged a formal complaint, reference CMP 3 1 1 8 4, a complaints handler "
              "will call you within five working days.",
              "I've escalated it to the branch manager's manager, she'll phone you tomorrow "
              "before noon, and it's logged as a complaint."]),
    dict(q="cards", cats=[],
         prob=["I'm off to Canada on Monday for three weeks and I want to make sure my card "
               "works over there.",
               "I'm heading to Nigeria to see family, can you put a note on my card?"],
         conf=["So you're travelling from Monday for three weeks and you want the card to work "
               "there.", "So you'd like a travel note on the card for your trip."],
         res=["I've put a travel note on the card until the 28th, so payments there won't be "
              "blocked.",
              "That's the travel notice added, your card will work there for the whole "
              "trip."]),
    dict(q="cards", cats=[],
         prob=["I'm in Singapore and my card got declined at the hotel, twice.",
               "My card won't work here in Toronto, it got declined at the restaurant."],
         conf=["So your card's been declined at the hotel over there.",
               "So the card is being declined abroad."],
         res=["Our fraud system held it because it's a new country, I've confirmed the "
              "payments are yours and lifted the block, so try again now.",
              "The security block is off now, any payment you make from now on will go "
              "through."]),
    dict(q="digital", cats=[],
         prob=["I put my password in wrong a few times and now online banking's locked me "
               "out.", "I'm locked out of internet banking, I forgot my password."],
         conf=["So you're locked out after a few wrong password attempts.",
               "So internet banking's locked because the password was wrong."],
         res=["I've unlocked it and sent a temporary passcode by text, log in with that and "
              "pick a new password.",
              "It's unlocked now, you'll get a reset link by email in the next two minutes."]),
    dict(q="cards", cats=[],
         prob=["I'd like to ask for a higher limit on my credit card, five thousand would be "
               "good.", "Could I get my credit limit put up before Christmas?"],
         conf=["So you're after a credit limit increase to five thousand.",
               "Okay, you'd like a bigger limit on the credit card."],
         res=["I've put the request in, you'll get a decision by text within forty-eight "
              "hours, and if it's approved the new limit shows straight away.",
              "That's been approved, your new limit is four thousand five hundred from "
              "today."]),
    dict(q="general", cats=[],
         prob=["Can I order a new cheque book? I've run out.",
               "I need a cheque book for my business account, the last one's finished."],
         conf=["So you've used up your cheque book and need a new one.",
               "So a fresh cheque book for the business account."],
         res=["Ordered, it'll be with you in seven working days.",
              "Done, a new book of fifty cheques is on its way, about a week."]),
    dict(q="bereavement", cats=[], neg=True,
         prob=["My father passed away last week and I don't know what to do about his "
               "account.",
               "My husband died on Saturday, and I, I don't know what happens with our "
               "money now."],
         conf=["So you need to let us know about your dad passing and sort out his account.",
               "So you want to know what happens to your husband's accounts now."],
         res=["I've registered the bereavement and frozen his account, our bereavement team "
              "will send you a pack, and once you send the death certificate they can "
              "release funds for the funeral.",
              "I've noted it and your joint account stays open for you as normal, the "
              "bereavement team will call you on Thursday to go through his savings."]),
    dict(q="international", cats=[],
         prob=["My son sent money from Australia three days ago and it's not arrived.",
               "I'm expecting money from my brother in Dubai since Monday, it's still not "
               "there."],
         conf=["So a transfer from abroad was sent a few days ago and it hasn't reached you.",
               "So the money from your brother overseas hasn't come through yet."],
         res=["It's with our correspondent bank, it'll reach your account tomorrow morning, "
              "and you'll see it as an international credit.",
              "I've traced it, it arrived this afternoon, it'll be in your balance within the "
              "hour."]),
    dict(q="general", cats=[],
         prob=["I'm trying to find out when my pension goes in this month.",
               "Can you tell me what day my pension will be paid in?"],
         conf=["So you want to know the date your pension lands this month.",
               "So you're checking when this month's pension comes in."],
         res=["It's due on the 28th, that's a Friday, so it'll be there that morning.",
              "It's scheduled for the 26th, it'll be in by seven in the morning."]),
    dict(q="cards", cats=[],
         prob=["Can I lower the contactless limit on my mum's card? She's got dementia and I "
               "look after her money.",
               "I'd like the contactless turned down on my card, I keep losing track."],
         conf=["So you'd like a lower contactless limit on your mum's card.",
               "So you want your contactless limit reduced."],
         res=["I've set the contactless limit to thirty pounds, it works from the next "
              "payment.", "Done, contactless is now capped at fifty pounds per payment."]),
    dict(q="insurance", cats=[],
         prob=["I want to check how my travel insurance claim is going, the reference is "
               "T 4 4 1 2.", "I put an insurance claim in for my broken phone, any news?"],
         conf=["So you'd like an update on the travel insurance claim.",
               "So you're checking on the phone insurance claim."],
         res=["It was approved yesterday, the payment of three hundred and ten pounds goes "
              "to your account on Monday.",
              "The assessor needs one more photo, I've emailed you the upload link, and once "
              "it's in they'll decide within three days."]),
]

# Outbound: the agent's purpose and what the customer then raises.
EN_OUT: list[dict[str, Any]] = [
    dict(q="fraud", cats=["fraud"],
         purpose=["I'm calling about a payment on your card last night to an electronics shop "
                  "in Dublin that looks unusual.",
                  "The reason for my call is a couple of payments on your card this morning "
                  "that our system flagged."],
         cust=["No, that wasn't me at all, I've never even been to Dublin.",
               "What? No, I didn't buy anything this morning, that's not mine."],
         body=["Okay, I've blocked the card and refunded that payment, a new card is on its "
               "way."]),
    dict(q="collections", cats=["payment"],
         purpose=["I'm calling because your credit card payment was due on the 5th and we "
                  "haven't received it.",
                  "It's about the car loan instalment that didn't go through this month."],
         cust=["Oh no, can I pay it now over the phone?",
               "Sorry about that, I'd like to pay it right now if I can."],
         body=["Yes, I've taken it from your current account now, you're up to date."]),
    dict(q="cards", cats=["address_change"],
         purpose=["I'm ringing because your card expires next month and we want to check "
                  "where to send the new one.",
                  "We're sending out your renewed card and I'm calling to check your details."],
         cust=["Ah, good timing, I've moved actually, I'm at 3 Maple Row now, can you change "
               "that?", "Oh, I moved last month, please change my address before you send it."],
         body=["I've updated the address and the new card will go there."]),
    dict(q="cards", cats=["cancellation"],
         purpose=["I'm calling to let you know you're eligible for a higher credit limit.",
                  "We're calling some customers about an upgrade to a rewards card."],
         cust=["No thanks, actually, I'd rather cancel that card altogether.",
               "Honestly I want to close the card, not upgrade it."],
         body=["No problem, I've closed the card for you, you'll get a letter."]),
    dict(q="complaints", cats=["complaint"], neg=True,
         purpose=["I'm calling back about the complaint you raised last week about the branch.",
                  "I'm following up on the complaint you made about the mortgage team."],
         cust=["Yes, and I'm still not happy, nobody has explained anything to me.",
               "Right, well, the service was dreadful and I want it on record."],
         body=["I've added this to the complaint file and the manager will write to you."]),
    dict(q="insurance", cats=[],
         purpose=["I'm calling with an update on your home insurance claim.",
                  "I'm ringing to book the assessor for your insurance claim."],
         cust=["Oh, great, thanks.", "Okay, what have they said?"],
         body=["The claim is approved and the payment goes out on Monday."]),
    dict(q="branch", cats=[],
         purpose=["I'm calling to ask a few quick questions about your recent visit to our "
                  "branch.", "I'm calling to book in the mortgage review you asked about."],
         cust=["Sure, go on.", "Yes, I've a few minutes."],
         body=["Great, I've put you down for Tuesday at ten."]),
]
EN_OB_OPEN = ["Hello, good afternoon, is that {cn}?", "Hi there, am I speaking with {cn}?",
              "Good morning, could I speak to {cn}, please?"]
EN_OB_ANSWER = ["Speaking.", "Yes, who's this?", "That's me, aye.", "Yeah, hello?"]
EN_OB_I = ["my name is {n}", "this is {n}", "it's {n} here", "{n} speaking"]
EN_OB_C = ["and I'm calling from {co}", "from {co}'s customer team", "I'm with {co}"]
EN_OB_CI = ["this is {n} calling from {co}", "it's {n} from {co}", "{n} here from {co}"]
EN_OB_R = ["Just so you know, this call is recorded for training and quality.",
           "I should mention our calls are recorded.",
           "This call is being recorded for security purposes.",
           "Calls with us are recorded, just so you're aware."]
EN_OB_Q = ["Is that okay with you?", "Are you happy to continue?", "Do you consent to that?",
           "Is that alright?", "Are you okay to carry on on that basis?"]
EN_OB_QYES = ["Yes, that's fine.", "Aye, no bother.", "Sure.", "That's okay."]
EN_OB_DPA = [("Before I go into the reason, I need to check I'm speaking to the right person. "
              "Can you tell me your date of birth?",
              "Oh, just a minute, it's the, the fourth of September, nineteen forty-eight."),
             ("And the first line of your address, please?",
              "Flat two, eleven Kelvin Street, that's in Glasgow."),
             ("Thank you. And the last three transactions you remember on the account?",
              "Em, the Co-op, the chemist, and, och, I think the gas.")]
EN_OB_LATE = {"I": ["Sorry, I didn't say, my name is {n}."],
              "C": ["I'm calling on behalf of {co}, I should have said that first."],
              "P": ["Right, so the reason I'm calling today is this:"],
              "R": ["Oh, I should have mentioned earlier, this call is recorded."],
              "Q": ["Are you okay with the call being recorded?"]}
EN_RECORDED_DELIVERY = ["We'll send the paperwork by recorded delivery."]
EN_OB_CLOSE = ["Thanks for your time, bye now.", "Thank you, have a good evening, goodbye."]

# ---------------------------------------------------------------- Vietnamese wordings
VI_AGENTS = [
    "Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Thị Thu Hà", "Phạm Minh Tuấn", "Hoàng Thị Mai",
    "Võ Thanh Tâm", "Đặng Quốc Bảo", "Bùi Ngọc Trâm", "Huỳnh Văn Phúc", "Đỗ Thị Hằng",
    "Ngô Gia Khánh", "Phan Thị Nhung", "Trương Mỹ Linh", "Lý Văn Sang", "Đinh Thị Yến",
]
VI_HONOR = ["anh", "chị", "anh", "chị", "cô", "chú", "bác", "chị"]
VI_CUSTNAME_M = ["Nguyễn Văn Tư", "Trần Quang Vinh", "Võ Văn Năm", "Hồ Minh Trí"]
VI_CUSTNAME_F = ["Lê Thị Bích", "Phạm Thị Hồng", "Đoàn Thị Xuân", "Mai Thị Cúc"]
VI_CO = ["Ngân hàng ABC", "ngân hàng A B C", "ngân hàng ây bi xi", "Ngân hàng ABC"]
VI_AMT = ["hai trăm nghìn", "năm trăm ngàn", "1.200.000 đồng", "ba triệu", "bốn trăm rưỡi",
          "hơn một triệu"]

VI_G = ["Xin chào {kh}.", "Dạ {e} chào {kh} ạ.", "A lô, xin chào {kh},", "Kính chào quý khách,",
        "Dạ chào {kh},", "Alô, {e} chào {kh} ạ,", "Dạ xin chào,"]
VI_C = ["{co} xin nghe,", "đây là tổng đài {co},", "tổng đài chăm sóc khách hàng {co} đây ạ,",
        "{co} nghe ạ,", "bộ phận thẻ {co} ạ,"]
VI_GC = ["{co} xin kính chào quý khách,", "Cảm ơn {kh} đã gọi đến {co},",
         "Dạ {co} xin chào {kh},", "Chào mừng {kh} đến với tổng đài {co},"]
VI_I = ["{e} là {n},", "{n} xin nghe ạ,", "{e} tên {n},", "{n} đang hỗ trợ {kh} đây ạ,",
        "{e} là {n} ở bộ phận thẻ,", "{n} nghe máy đây ạ,", "{e} {n} đây,"]
VI_CI = ["{n} ở {co} xin nghe ạ,", "{e} là {n} bên {co},", "{e} là {n}, tổng đài viên {co},"]
VI_H = ["{e} có thể giúp gì cho {kh} ạ?", "{kh} cần hỗ trợ gì ạ?",
        "{kh} cần {e} giúp chi không ạ?", "hôm nay {kh} cần hỗ trợ việc gì nè?",
        "{e} hỗ trợ được gì cho {kh} ạ?", "{kh} cần {e} giúp việc gì ạ?",
        "{kh} gọi cần {e} làm chi rứa {kh}?"]
VI_LATE = {
    "G": ["À dạ {e} chào {kh} ạ, xin lỗi nãy giờ {e} chưa chào {kh}.",
          "Dạ quên mất, {e} xin chào {kh} ạ."],
    "C": ["bên {co} mình sẽ kiểm tra cho {kh} ngay ạ.",
          "trường hợp này {co} có hỗ trợ {kh} ạ."],
    "I": ["Dạ {e} là {n}, {e} sẽ theo vụ này cho {kh} luôn ạ.",
          "À quên, {e} tên là {n} nha {kh}."],
    "H": ["Dạ cảm ơn {kh}, vậy hôm nay {kh} cần {e} hỗ trợ gì ạ?",
          "Dạ xác minh xong rồi ạ, giờ {kh} cần {e} giúp gì ạ?"],
}
VI_SECURITY = [
    ("Trước khi hỗ trợ, {kh} cho {e} xin họ tên đầy đủ và ngày sinh ạ.",
     "Ờ, tên {ks} là {full}, sinh ngày, để coi, mười hai tháng ba năm năm mươi tám."),
    ("{kh} đọc giúp {e} số căn cước công dân với ạ.",
     "Đợi chút nghe, kính mô rồi, à đây, không bảy chín, một năm hai, ba ba tám, "
     "không không một."),
    ("Dạ {kh} cho {e} xin địa chỉ đăng ký trên tài khoản ạ.",
     "Số mười hai, ngõ cụt Hoàng Hoa Thám, quận Ba Đình, Hà Nội."),
]
VI_IDCHECK = [
    ("Dạ {kh} cho {e} xin họ tên và ngày sinh để xác minh ạ.", "{full}, sinh năm tám mốt."),
    ("{kh} đọc giúp {e} bốn số cuối căn cước với ạ.", "Hai ba tám một."),
    ("Dạ số điện thoại đăng ký của {kh} là số nào ạ?", "Không chín không ba, bốn một hai."),
]
VI_ADDRESS_Q = ["Dạ {kh} cho {e} xin địa chỉ đăng ký ạ.", "{kh} đọc giúp {e} địa chỉ nhà với ạ."]
VI_ADDRESS_READBACK = [("Số 12 ngõ cụt Hoàng Hoa Thám, Ba Đình.",
                        "Dạ địa chỉ là số 12 ngõ cụt Hoàng Hoa Thám, Ba Đình phải không ạ?"),
                       ("45 Lê Lợi, phường Bến Thành.",
                        "Dạ {e} đọc lại, 45 đường Lê Lợi, phường Bến Thành, đúng không {kh}?")]
VI_NOCONF = ["Dạ {e} hiểu rồi ạ.", "Dạ để {e} kiểm tra ạ.", "Dạ vâng, {kh} chờ {e} một chút.",
             "Rồi, để {e} coi thử nha.", "Dạ vâng ạ, {kh} cho {e} xin số tài khoản."]
VI_HOLD = ["{kh} vui lòng giữ máy giúp {e} một chút ạ.",
           "Dạ {kh} chờ {e} khoảng một phút để {e} tra hệ thống nha.",
           "{kh} đợi {e} xíu, {e} kiểm tra liền ạ."]
VI_HOLD_THANKS = ["Dạ cảm ơn {kh} đã chờ máy ạ.", "Dạ cám ơn {kh} đợi {e} nãy giờ.",
                  "Cảm ơn {kh} đã giữ máy ạ."]
VI_NORES = ["Dạ để {e} xem sao ạ.", "Dạ {e} sẽ cố gắng xử lý ạ.", "Dạ {e} ghi nhận rồi ạ.",
            "Để {e} tính coi sao nha."]
VI_NORES_Q = ["{kh} có muốn {e} hủy luôn không ạ?", "{kh} có muốn làm đơn không ạ?"]
VI_CUST_SELF_PLAN = ["Thôi để mai {ks} ra phòng giao dịch hỏi luôn.",
                     "Thôi được rồi, {ks} tự lên chi nhánh làm cho chắc."]
VI_ACK = ["Dạ, vậy được rồi, cảm ơn {e}.", "Ừ, rứa thì tốt quá.", "Ờ, vậy là ổn rồi.",
          "Dạ vâng, {ks} cảm ơn.", "Ok {e}, vậy được.", "Thiệt hả, vậy mừng quá."]
VI_YES = ["Đúng rồi {e}.", "Dạ đúng rồi.", "Ừ, đúng rồi đó.", "Phải, rứa đó.", "Ừa, đúng vậy."]
VI_ANY = ["{kh} còn cần {e} hỗ trợ thêm gì nữa không ạ?",
          "Ngoài việc này {kh} còn thắc mắc gì khác không ạ?", "Còn chi nữa không {kh}?",
          "{kh} có cần hỏi thêm gì hông {kh}?",
          "Dạ {kh} còn vấn đề nào khác cần {e} kiểm tra không ạ?",
          "Mình còn cần {e} giúp gì thêm không ạ?"]
VI_ANY_NO = ["Dạ thôi, hết rồi {e}.", "Không, rứa là được rồi.", "Dạ hông, vậy được rồi.",
             "Hết rồi, cảm ơn nghe."]
VI_THX = ["Cảm ơn {kh} đã gọi đến {co} ạ.", "Dạ {e} cảm ơn {kh} nhiều nha.",
          "Cám ơn {kh} đã kiên nhẫn với {e} ạ.", "{e} xin cảm ơn {kh} ạ.",
          "Dạ cảm ơn {kh} đã liên hệ ạ."]
VI_BYE = ["{e} chào {kh} ạ.", "Chào {kh} nhé.", "Dạ chào {kh}, hẹn gặp lại {kh}.",
          "Tạm biệt {kh} ạ.", "Dạ {e} chào {kh} nha."]
VI_CUST_THANKS = ["Cảm ơn {e} nhiều nghe.", "Ừ, cám ơn {e}.", "Dạ cảm ơn {e} nha."]
VI_CUST_BYE = ["Ừ chào {e}.", "Thôi chào {e} nhé.", "Ờ chào nghe.", "Dạ chào {e}."]
VI_NOTHX_CLOSE = ["Dạ vậy là xong rồi đó {kh}."]
VI_ONE_MORE = [
    ("À khoan, còn cái ni nữa, cái app mới ra thì {ks} có phải đăng ký lại không hay dùng "
     "mật khẩu cũ được?",
     "Dạ {kh} dùng tài khoản cũ được ạ, lần đầu mở app mới nó chỉ hỏi xác nhận số điện "
     "thoại thôi, {kh} không cần làm gì thêm."),
    ("À mà cho {ks} hỏi luôn, chi nhánh Lê Lợi thứ bảy có mở cửa không {e}?",
     "Dạ có ạ, thứ bảy mở từ tám giờ tới mười một giờ rưỡi, chỉ chiều thứ tư là đóng sớm "
     "lúc ba giờ thôi ạ."),
]
VI_SMALLTALK = [
    ("Xin lỗi {e}, chỗ {ks} đang ở ngoài đường, xe cộ ồn quá.", "Dạ không sao ạ."),
    ("Đợi {ks} chút, {ks} đi lấy cái kính đã.", "Dạ {kh} cứ từ từ ạ."),
    ("Nói lớn lên chút được không, tai {ks} hơi nặng.", "Dạ vâng, {e} nói to hơn ạ."),
    ("Con {ks} thường làm mấy cái ni trên mạng cho {ks}, chừ nó đi làm rồi.",
     "Dạ vâng, không sao đâu ạ."),
]
VI_EMP = ["Dạ {e} rất hiểu cảm giác của {kh} lúc này ạ.",
          "{e} thật sự xin lỗi vì {kh} phải trải qua chuyện này.",
          "Dạ {e} hiểu, chuyện này bực mình thiệt đó {kh}.",
          "Trời, {e} nghe mà cũng thấy thương {kh} quá.",
          "Dạ {e} hiểu {kh} đang rất lo lắng ạ.",
          "Dạ {e} biết chuyện này làm {kh} mệt mỏi lắm, {e} rất thông cảm ạ.",
          "Rứa thì khổ cho {kh} quá, {e} hiểu mà.",
          "Dạ {e} rất hiểu sự bực mình của {kh} ạ."]
VI_CONDOLENCE = ["Dạ {e} xin chia buồn cùng gia đình {kh} ạ.",
                 "{e} rất tiếc khi nghe tin này, {e} xin chia buồn với {kh}."]
VI_PROCEDURAL = ["Dạ, {kh} cho {e} xin số tài khoản.",
                 "Dạ, hệ thống ghi nhận tài khoản bình thường.",
                 "Dạ, {kh} đọc giúp {e} bốn số cuối của thẻ.",
                 "Dạ, {kh} cho {e} xin số điện thoại đăng ký."]
VI_EMP_LATE = ["Dạ mà {e} cũng hiểu là {kh} đang rất bực, {e} xin lỗi {kh} ạ.",
               "{e} thông cảm với {kh} lắm, chuyện này làm {kh} mệt mỏi quá."]
VI_ANGRY = ["Gọi lần thứ ba rồi đó, ngân hàng làm ăn kiểu gì vậy hả?",
            "Tui chờ máy bốn chục phút rồi, dịch vụ gì mà tệ quá vậy!",
            "Ngân hàng các người vô trách nhiệm thiệt, tui bực lắm rồi đó.",
            "{ks} muốn gặp quản lý, {ks} không nói chuyện với {e} nữa.",
            "Răng mà làm ăn chi kỳ rứa, không ai gọi lại cho tui hết!",
            "Chờ cả tuần rồi mà chưa ai làm gì hết trơn, quá đáng thiệt!"]
VI_ANGRY_SWEAR = ["Ngân hàng gì mà đm làm ăn như hạch.",
                  "Đéo hiểu các người làm cái gì nữa, tệ hết chỗ nói!"]
VI_DISTRESS = ["Trời ơi đó là toàn bộ tiền tiết kiệm của {ks}, {ks} lo quá không biết làm sao.",
               "{ks} sợ lắm {e} ơi, {ks} ở một mình, {ks} không biết phải làm gì."]
VI_ANGRY_MORE = ["Đừng có bảo tui chờ thêm một tuần nữa nghe!",
                 "Tui làm khách hàng mười mấy năm nay rồi mà đối xử vậy đó hả?"]
VI_BLAME = ["Cái này là lỗi của {kh} chứ đâu phải của ngân hàng.",
            "Tại {kh} không đọc kỹ điều khoản thôi.",
            "{e} đã nói với {kh} rồi mà {kh} không chịu nghe.",
            "{kh} phải tự kiểm tra chứ, sao đổ cho ngân hàng.",
            "Tại {kh} không chịu đọc tin nhắn bên {e} gửi đó.",
            "Tại {kh} hết chứ ai, giờ còn trách ai."]
VI_POLICY = ["Dạ theo quy định thì yêu cầu sau tám giờ tối sẽ được xử lý vào ngày làm việc "
             "tiếp theo ạ.",
             "Dạ theo điều khoản tài khoản thì mọi thay đổi đều phải xác minh trước, áp dụng "
             "cho tất cả khách hàng ạ."]
VI_BANK_SORRY = ["Dạ {e} xin lỗi {kh}, đây là sai sót của ngân hàng bên {e} ạ.",
                 "Dạ lỗi này là do hệ thống bên {e}, {e} thành thật xin lỗi {kh}."]
VI_RUDE = ["{kh} bị điếc à?", "Hỏi gì lắm thế.", "Chuyện đó không phải việc của {e}.",
           "Thôi {kh} bình tĩnh lại đi, la hoài.", "{kh} đừng làm mất thời gian của {e} nữa.",
           "Kệ {kh} chứ.", "Sao cũng được, {kh} muốn làm gì thì làm."]
VI_LOOKALIKE = [("Mấy ngày thì xong vậy {e}?", "Dạ chỉ mất vài ngày làm việc thôi ạ."),
                ("Tài khoản còn đủ tiền không {e}?",
                 "Dạ tài khoản của {kh} đủ tiền để thanh toán rồi ạ."),
                ("Thẻ bị mẻ một góc rồi, còn xài được không?",
                 "Dạ thẻ bị cụt góc thì {kh} vẫn dùng được bình thường, miễn chip còn nguyên ạ."),
                ("Chi nhánh gần {ks} nhất ở đâu {e}?",
                 "Dạ chi nhánh gần nhất là ở chân đèo Hải Vân, phía Liên Chiểu ạ.")]
VI_PROF_TL = ["Dm cái máy này lại treo rồi.", "Vl, mạng chậm quá trời.",
              "deo hieu sao he thong lai bao loi", "Vcl, lại văng ra nữa rồi."]
VI_STRICT = ["Đéo hiểu sao hệ thống lại báo lỗi.", "Địt mẹ, máy lại treo rồi, xin lỗi {kh}.",
             "Vãi thật, lỗi nữa rồi.", "Đụ má, cái hệ thống này chậm quá.",
             "Đéo chạy nữa rồi, chờ {e} chút."]
VI_CARD = ["Số thẻ của {kh} là 9704 2258 1163 0092 đúng không ạ?",
           "Dạ {e} đọc lại nha, chín bảy không bốn, một hai ba bốn, năm sáu bảy tám, "
           "chín không một hai.", "Mã CVV mặt sau là 5 2 8 phải không {kh}?",
           "Dạ số thẻ 4213 8800 1942 6671, mã bảo mật 316, đúng chưa ạ?"]
VI_CARD_OK = ["Dạ thẻ có bốn số cuối 0092 phải không ạ?", "Mã hồ sơ của {kh} là TC 2 5 8 8 1.",
              "Số điện thoại 0903 412 775 đúng không {kh}?"]
VI_WHY = ["Vậy là sao {e}?", "Rồi sao lại vậy {e}?", "Mà tại răng rứa {e}?"]
VI_WAIT = ["Ừ.", "Dạ.", "Ờ, {e} coi đi.", "Dạ được."]
VI_DETAIL = ["{ks} đang ở chỗ làm nên nói nhanh giùm nha.",
             "Con gái {ks} hay làm giùm mấy cái này mà nay nó đi vắng.",
             "{ks} có thử trên app rồi mà không biết bấm chỗ nào.",
             "Nói chậm chậm giùm {ks} nghe, {ks} lớn tuổi rồi."]
VI_ANGRY_MID = ["Hỏi hoài mấy cái này, tui nói với người trước rồi, làm ăn kiểu gì kỳ vậy!",
                "Trời ơi lần nào gọi cũng bắt đọc lại, bực mình quá đi!",
                "Mấy người hỏi tới hỏi lui hoài, {ks} mệt lắm rồi đó!"]
VI_ANGRY_MID_SWEAR = ["Đm lần nào gọi cũng hỏi lại từ đầu, tệ hết chỗ nói!"]
VI_ANGRY_LATE = ["Lẽ ra đâu cần tui phải gọi, ngân hàng làm ăn tệ quá!",
                 "Chuyện này đáng lẽ không được xảy ra, {ks} bực lắm đó!",
                 "Rồi ai đền thời gian cho tui? Thiệt quá đáng!"]
VI_ANGRY_LATE_SWEAR = ["Đm lẽ ra không phải gọi, làm ăn như hạch!"]
VI_EXTRA = [
    ("Cho {ks} hỏi rút tiền ở cây ATM một ngày tối đa bao nhiêu?",
     "Dạ tối đa năm mươi triệu một ngày ạ, rút tại quầy thì không giới hạn nếu có căn cước."),
    ("Trên app có khóa thẻ tạm được không {e}?",
     "Dạ được ạ, {kh} vào mục Thẻ, chọn Khóa thẻ tạm thời, mở lại cũng ở chỗ đó."),
    ("Quẹt thẻ ở nước ngoài có mất phí không {e}?",
     "Dạ phí giao dịch nước ngoài là hai phẩy năm phần trăm trên mỗi giao dịch ạ."),
    ("Muốn nhận sao kê giấy thay vì email thì làm sao {e}?",
     "Dạ {kh} vào Cài đặt, chọn Sao kê, tick vào sao kê giấy là tháng sau gửi về nhà ạ."),
    ("Chuyển tiền liên ngân hàng buổi tối có nhận liền không rứa?",
     "Dạ chuyển nhanh hai mươi bốn trên bảy nên người nhận có tiền ngay trong vài giây ạ."),
]
VI_NOTED = ["Dạ vâng.", "Dạ rồi ạ."]
VI_OB_C_ALONE = ["Dạ {e} gọi từ {co} ạ.", "Dạ bên {co} gọi cho {kh} ạ."]
VI_EMP_DISTRESS = ["Dạ {e} rất tiếc khi nghe chuyện này, chắc {kh} hoảng lắm ạ.",
                   "Dạ {e} hiểu {kh} đang rất lo lắng ạ, chuyện này thật sự đáng sợ.",
                   "Trời, {e} thương {kh} quá, gặp chuyện vậy ai mà không lo ạ."]
VI_NORES_REPLY = ["Ờ, vậy thôi.", "Ừ, thôi cũng được.", "Dạ... vậy hả."]

VI_IN: list[dict[str, Any]] = [
    dict(q="cards", cats=["billing", "refund"],
         corr=[("Ba lần lận {e}, {ks} mới coi lại.",
                "Dạ vậy là cùng một hóa đơn khách sạn mà bị trừ tới ba lần, {kh} chỉ ở một "
                "lần thôi ạ.")],
         prob=["Dạ {e} ơi, thẻ của {ks} bị trừ tiền hai lần cho cùng một hóa đơn khách sạn, "
               "mỗi lần {amt}, {ks} muốn lấy lại một lần.",
               "Cho tui hỏi sao tài khoản tui bị trừ hai lần giống y chang nhau vậy {e}, tui "
               "mới xài có một lần, tui muốn lấy lại."],
         conf=["Dạ vậy là thẻ của {kh} bị trừ tiền hai lần cho cùng một giao dịch khách sạn "
               "phải không ạ?",
               "Dạ tức là cùng một giao dịch mà bị trừ tiền hai lần, {kh} muốn hoàn lại lần "
               "dư đúng không ạ?"],
         res=["Dạ {e} đã tạo yêu cầu tra soát cho giao dịch thứ hai, tiền sẽ hoàn về tài khoản "
              "{kh} trong vòng năm ngày làm việc ạ.",
              "Dạ {e} đã hoàn lại khoản trừ dư rồi, sáng mai {kh} kiểm tra số dư là thấy ạ."]),
    dict(q="billing", cats=["billing"],
         prob=["Tháng nào sao kê cũng có phí quản lý tài khoản, mà {ks} mở tài khoản sinh "
               "viên, đâu có mất phí đâu em.",
               "Cho {ks} hỏi cái phí thường niên thẻ tín dụng sao năm nay lại thu gấp đôi "
               "vậy?"],
         conf=["Dạ vậy là tài khoản sinh viên của {kh} đang bị thu phí quản lý hàng tháng, "
               "trong khi loại này được miễn phí ạ.",
               "Dạ tức là phí thường niên năm nay bị thu cao gấp đôi năm ngoái phải không ạ?"],
         res=["Dạ tài khoản bị chuyển nhầm sang gói thường, {e} đã chuyển lại gói sinh viên và "
              "hoàn hai tháng phí, ngày mai tiền về ạ.",
              "Dạ {e} đã điều chỉnh phí về đúng mức và hoàn phần chênh lệch vào thẻ, hai ngày "
              "làm việc là {kh} thấy ạ."]),
    dict(q="digital", cats=["outage"],
         prob=["Cái app của ngân hàng mở lên là văng ra liền, từ hôm qua tới giờ luôn.",
               "App banking bị crash hoài em ơi, bấm vô là tắt, không login được."],
         conf=["Dạ tức là ứng dụng cứ mở ra là tự thoát, tình trạng này từ hôm qua phải "
               "không ạ?",
               "Dạ vậy là app bị tắt ngay khi {kh} bấm vào, không vào được màn hình đăng nhập "
               "ạ."],
         res=["Dạ lỗi này do bản cập nhật mới, {kh} vào kho ứng dụng cập nhật lên bản 8.2 là "
              "dùng lại được, {e} cũng đã báo bộ phận kỹ thuật ạ.",
              "Dạ {kh} gỡ app ra rồi cài lại giúp {e}, bản sửa lỗi đã có từ sáng nay, thông "
              "tin đăng nhập vẫn giữ nguyên ạ."]),
    dict(q="cards", cats=["outage", "refund"],
         corr=[("Không phải treo, nó báo hết tiền giữa chừng, mà đúng là bị trừ.",
                "Dạ tức là máy báo hết tiền giữa chừng, không nhả tiền mà tài khoản {kh} vẫn "
                "bị trừ ạ.")],
         prob=["Tui rút tiền ở cây ATM đường Trần Phú, máy bị đơ, tiền không ra mà tài khoản "
               "bị trừ năm trăm ngàn, trả lại tui nghe.",
               "Cây ATM nuốt thẻ của {ks} luôn rồi, mà trước đó còn trừ tiền nữa, {ks} muốn "
               "lấy lại tiền."],
         conf=["Dạ vậy là máy ATM bị treo, {kh} không nhận được tiền nhưng tài khoản vẫn bị "
               "trừ phải không ạ?",
               "Dạ tức là máy ATM giữ thẻ của {kh} và đã trừ tiền mà {kh} chưa nhận được đúng "
               "không ạ?"],
         res=["Dạ {e} đã lập yêu cầu tra soát ATM, cuối ngày máy được đối soát và tiền sẽ về "
              "lại tài khoản {kh} trong ba ngày làm việc ạ.",
              "Dạ {e} đã gửi yêu cầu hoàn tiền, mã hồ sơ AT 6 6 0 1, còn thẻ thì {kh} mang "
              "căn cước ra chi nhánh Trần Phú nhận lại ạ."]),
    dict(q="digital", cats=["outage", "payment"],
         prob=["Trang web ngân hàng sập hay sao mà {ks} vô không được, {ks} cần thanh toán "
               "thẻ tín dụng hôm nay là hạn chót.",
               "Web báo lỗi hoài, mà mai tui phải trả tiền thẻ tín dụng rồi, giờ sao?"],
         conf=["Dạ tức là trang web đang báo lỗi và {kh} cần thanh toán thẻ tín dụng trong "
               "hôm nay ạ.",
               "Dạ vậy là web không vào được mà mai là hạn trả thẻ tín dụng của {kh} ạ."],
         res=["Dạ {e} thanh toán giúp {kh} qua điện thoại luôn từ tài khoản thanh toán, "
              "{e} cũng ghi chú lỗi web nên {kh} không bị phí trễ hạn ạ.",
              "Dạ {e} đã trích tiền thanh toán toàn bộ dư nợ thẻ cho {kh} rồi, giao dịch "
              "thành công ạ."]),
    dict(q="merchant", cats=["outage"],
         prob=["Máy cà thẻ ở quán cà phê của {ks} từ sáng tới giờ báo mất kết nối, không "
               "quẹt được thẻ nào hết.",
               "Máy POS bên {ks} bị hư rồi em, khách quẹt thẻ là báo lỗi liền."],
         conf=["Dạ tức là máy POS ở quán báo mất kết nối từ sáng, không giao dịch được thẻ "
               "nào ạ.",
               "Dạ vậy là máy quẹt thẻ của cửa hàng {kh} báo lỗi với mọi giao dịch ạ."],
         res=["Dạ {e} đã đặt lịch kỹ thuật viên, mã TM 5 5 0 2, trước trưa mai sẽ tới, trong "
              "lúc chờ {kh} cho khách quét mã QR trên ứng dụng bán hàng ạ.",
              "Dạ {e} đã khởi động lại máy từ hệ thống, {kh} tắt máy mở lại là kết nối được, "
              "{e} vẫn gửi máy dự phòng qua cho {kh} ạ."]),
    dict(q="billing", cats=["refund", "cancellation"],
         prob=["{ks} muốn hủy cái ủy nhiệm chi trả tiền phòng gym, mà tụi nó còn trừ thêm hai "
               "tháng, {ks} muốn lấy lại.",
               "Cho {ks} hủy dịch vụ trích nợ tự động tiền truyền hình cáp với, tháng rồi "
               "họ trừ dư, trả lại cho {ks} luôn."],
         conf=["Dạ tức là {kh} muốn dừng ủy nhiệm chi cho phòng gym và đòi lại hai khoản trừ "
               "sau khi đã nghỉ ạ.",
               "Dạ vậy là {kh} muốn hủy trích nợ tự động tiền truyền hình và hoàn khoản trừ "
               "dư tháng trước ạ."],
         res=["Dạ {e} đã hủy ủy nhiệm chi từ hôm nay và gửi yêu cầu hoàn hai khoản, khoảng "
              "mười ngày làm việc tiền về ạ.",
              "Dạ dịch vụ trích nợ đã hủy rồi, khoản trừ dư {e} đã hoàn, mai {kh} thấy ạ."]),
    dict(q="retention", cats=["cancellation"],
         prob=["{ks} muốn hủy thẻ tín dụng, giờ không xài nữa.",
               "Dạ cho {ks} đóng cái tài khoản tiết kiệm online nha em."],
         conf=["Dạ vậy là {kh} muốn hủy thẻ tín dụng vì không còn sử dụng nữa ạ.",
               "Dạ tức là {kh} muốn tất toán và đóng tài khoản tiết kiệm online ạ."],
         res=["Dạ thẻ đã được hủy từ hôm nay, dư nợ bằng không, {kh} sẽ nhận thư xác nhận "
              "trong mười ngày ạ.",
              "Dạ {e} đã tất toán, tiền gốc và lãi đã chuyển về tài khoản thanh toán của {kh} "
              "rồi ạ."]),
    dict(q="general", cats=["cancellation"],
         prob=["Vợ chồng {ks} ly thân rồi, giờ muốn đóng tài khoản chung.",
               "{ks} với chồng muốn đóng tài khoản đồng sở hữu, thủ tục sao em?"],
         conf=["Dạ tức là {kh} muốn đóng tài khoản chung của hai vợ chồng ạ.",
               "Dạ vậy là {kh} muốn đóng tài khoản đồng sở hữu với chồng ạ."],
         res=["Dạ tài khoản chung cần cả hai người ký, {kh} và chồng vui lòng mang căn cước "
              "ra chi nhánh gần nhất cùng lúc là đóng được trong ngày ạ.",
              "Dạ {e} đã gửi mẫu đơn đóng tài khoản qua email cho cả hai, ký xong gửi lại là "
              "bên {e} đóng trong ngày ạ."]),
    dict(q="cards", cats=["card_lost"],
         prob=["{ks} làm rớt cái ví ở chợ rồi, thẻ ATM ở trong đó luôn.",
               "Kiếm hoài không thấy cái thẻ đâu hết em, chắc mất rồi."],
         conf=["Dạ vậy là {kh} bị rơi ví ở chợ và thẻ ATM nằm trong ví ạ.",
               "Dạ tức là {kh} tìm không thấy thẻ, nghi là bị mất rồi ạ."],
         res=["Dạ {e} đã khóa thẻ cho {kh} rồi ạ, thẻ mới sẽ gửi về địa chỉ của {kh} trong "
              "năm ngày làm việc.",
              "Dạ thẻ cũ đã khóa, {kh} mang căn cước ra chi nhánh gần nhất làm lại thẻ, lấy "
              "liền trong ngày ạ."]),
    dict(q="fraud", cats=["card_lost", "fraud"], neg=True,
         prob=["Tui bị giật túi ở bến xe, mất thẻ luôn, giờ coi app thấy có hai giao dịch lạ "
               "tui không có làm.",
               "Thẻ của {ks} bị móc túi mất rồi, mà giờ có người xài thẻ mua đồ online hai "
               "lần."],
         conf=["Dạ tức là thẻ của {kh} bị lấy mất và sau đó có hai giao dịch {kh} không thực "
               "hiện ạ.",
               "Dạ vậy là {kh} bị mất thẻ và đã có người dùng thẻ mua hàng online hai lần ạ."],
         res=["Dạ {e} đã khóa thẻ và mở hồ sơ khiếu nại gian lận cho cả hai giao dịch, mã "
              "FR 7 7 3, bộ phận chống gian lận sẽ gọi {kh} trong hai ngày làm việc ạ.",
              "Dạ thẻ đã khóa, hai giao dịch {e} đã tạm hoàn trong lúc điều tra, thẻ mới "
              "gửi đi hôm nay ạ."]),
    dict(q="general", cats=["address_change"],
         prob=["{ks} mới chuyển nhà, muốn đổi địa chỉ trên tài khoản.",
               "Nhà tui dọn ra Đà Nẵng rồi, đổi địa chỉ giùm tui với."],
         conf=["Dạ vậy là {kh} mới chuyển nhà và cần cập nhật địa chỉ mới ạ.",
               "Dạ tức là {kh} dọn ra Đà Nẵng và muốn đổi địa chỉ liên hệ ạ."],
         res=["Dạ {e} đã cập nhật địa chỉ mới rồi ạ, sao kê và thẻ sẽ gửi về đó từ tháng sau.",
              "Dạ đã đổi xong, {kh} sẽ nhận tin nhắn xác nhận, thư từ gửi về địa chỉ mới từ "
              "hôm nay ạ."]),
    dict(q="general", cats=["address_change"],
         prob=["{ks} gọi giùm mẹ, mẹ {ks} lên ở với {ks} rồi, giờ muốn thư từ gửi về nhà "
               "{ks}.",
               "Ba tui già rồi, ổng dọn về ở với tui, đổi địa chỉ nhận thư của ổng giúp tui."],
         conf=["Dạ tức là mẹ {kh} đã chuyển về ở cùng {kh} và cần đổi địa chỉ nhận thư ạ.",
               "Dạ vậy là ba {kh} dọn về ở chung và cần đổi địa chỉ nhận thư của bác ạ."],
         res=["Dạ vì {kh} đã có giấy ủy quyền đăng ký tại ngân hàng, {e} đã đổi địa chỉ "
              "nhận thư sang nhà {kh}, từ mai có hiệu lực ạ.",
              "Dạ đổi địa chỉ cho chủ tài khoản cần giấy ủy quyền, {kh} mang giấy ủy quyền "
              "công chứng ra chi nhánh gần nhất là làm được liền ạ."]),
    dict(q="loans", cats=["payment"],
         prob=["{ks} muốn đóng tiền trả góp xe tháng này, tài khoản hôm trước không đủ nên "
               "không trích được.",
               "Cho tui thanh toán khoản vay mua xe kỳ này qua điện thoại được không?"],
         conf=["Dạ vậy là {kh} muốn thanh toán kỳ trả góp xe tháng này vì hôm trước trích nợ "
               "không thành công ạ.",
               "Dạ tức là {kh} muốn trả kỳ vay mua xe ngay qua điện thoại ạ."],
         res=["Dạ {e} đã trích {amt} từ tài khoản thanh toán, khoản vay đã đóng đủ kỳ này, "
              "{kh} không bị phạt trễ hạn ạ.",
              "Dạ giao dịch thanh toán thành công rồi ạ, mã giao dịch CL 2 0 9, khoản vay "
              "tháng này đã tất toán."]),
    dict(q="cards", cats=["payment"],
         prob=["{ks} muốn trả bớt dư nợ thẻ tín dụng, khoảng ba triệu.",
               "Cho {ks} nộp tiền vô thẻ tín dụng qua tổng đài được không {e}?"],
         conf=["Dạ vậy là {kh} muốn thanh toán khoảng ba triệu dư nợ thẻ tín dụng hôm nay ạ.",
               "Dạ tức là {kh} muốn nạp tiền trả nợ thẻ tín dụng ngay bây giờ ạ."],
         res=["Dạ {e} đã chuyển ba triệu từ tài khoản thanh toán sang thẻ, dư nợ mới đã cập "
              "nhật ngay ạ.",
              "Dạ đã thanh toán xong, {kh} sẽ nhận tin nhắn biên nhận trong ít phút ạ."]),
    dict(q="fraud", cats=["fraud"],
         corr=[("Bốn cái lận {e}, sáng nay thêm một cái nữa.",
                "Dạ vậy là có tới bốn giao dịch lạ, không cái nào là của {kh} ạ.")],
         prob=["Sao kê của {ks} có ba giao dịch ở trang web Zentrix gì đó, {ks} chưa bao giờ "
               "mua ở đó.",
               "Tui coi tài khoản thấy mấy khoản trừ lạ hoắc, tui không có mua gì hết."],
         conf=["Dạ tức là có ba giao dịch ở Zentrix mà {kh} không thực hiện ạ.",
               "Dạ vậy là trong tài khoản có những khoản trừ lạ mà {kh} không hề mua ạ."],
         res=["Dạ {e} đã khóa thẻ và tạo khiếu nại cho cả ba giao dịch, tiền sẽ được tạm hoàn "
              "trong năm ngày làm việc ạ.",
              "Dạ thẻ đã khóa, các giao dịch lạ {e} đã khiếu nại và hoàn tạm cho {kh} hôm nay, "
              "thẻ mới gửi trong tuần ạ."]),
    dict(q="fraud", cats=["fraud"],
         prob=["{ks} tạo thẻ ảo chỉ để mua một món, giờ thấy bị xài hai lần ở Singapore, "
               "{ks} đâu có đi.",
               "Thẻ ảo của tui có hai giao dịch bằng đô Sing, tui có qua đó bao giờ đâu."],
         conf=["Dạ tức là thẻ ảo {kh} tạo cho một đơn hàng bị người khác dùng hai lần ở "
               "Singapore ạ.",
               "Dạ vậy là thẻ ảo có hai giao dịch Singapore mà không phải của {kh} ạ."],
         res=["Dạ {e} đã xóa thẻ ảo đó và mở khiếu nại cho hai giao dịch, {kh} nhận lại tiền "
              "trong năm ngày làm việc ạ.",
              "Dạ thẻ ảo đã hủy, hai khoản đó {e} đã hoàn tạm trong lúc điều tra ạ."]),
    dict(q="complaints", cats=["complaint"], neg=True,
         prob=["{ks} muốn khiếu nại chính thức, ra chi nhánh ba lần hỏi chuyện hồ sơ vay mà "
               "không ai trả lời.",
               "Cho {ks} gặp cấp trên, nhân viên quầy giao dịch thái độ không được."],
         conf=["Dạ vậy là {kh} đã ra chi nhánh ba lần về hồ sơ vay mà chưa ai phản hồi ạ.",
               "Dạ tức là {kh} không hài lòng với thái độ nhân viên quầy và muốn chuyển cấp "
               "trên ạ."],
         res=["Dạ {e} đã ghi nhận khiếu nại chính thức, mã CMP 3 1 1 8, bộ phận giải quyết "
              "khiếu nại sẽ gọi {kh} trong năm ngày làm việc ạ.",
              "Dạ {e} đã chuyển cho giám đốc chi nhánh, chị ấy sẽ gọi lại cho {kh} trước "
              "trưa mai ạ."]),
    dict(q="cards", cats=[],
         prob=["Tuần sau {ks} đi Nhật ba tuần, {ks} muốn chắc là thẻ xài được bên đó.",
               "Tui sắp qua Úc thăm con, em ghi chú giùm tui để thẻ xài được bên đó nha."],
         conf=["Dạ vậy là {kh} đi Nhật ba tuần và muốn thẻ dùng được ở đó ạ.",
               "Dạ tức là {kh} sang Úc và cần mở chiều giao dịch nước ngoài cho thẻ ạ."],
         res=["Dạ {e} đã mở giao dịch nước ngoài cho thẻ tới hết ngày 28, bên đó {kh} quẹt "
              "bình thường ạ.",
              "Dạ {e} đã ghi chú chuyến đi, thẻ dùng được suốt chuyến của {kh} ạ."]),
    dict(q="cards", cats=[],
         prob=["{ks} đang ở Hàn Quốc, quẹt thẻ ở khách sạn bị từ chối hai lần.",
               "Tui qua Thái mà thẻ quẹt không được, nhà hàng báo bị từ chối."],
         conf=["Dạ tức là thẻ của {kh} bị từ chối ở khách sạn bên Hàn ạ.",
               "Dạ vậy là thẻ bị từ chối khi {kh} dùng ở Thái Lan ạ."],
         res=["Dạ hệ thống tạm chặn vì giao dịch ở quốc gia mới, {e} đã xác nhận và mở "
              "chặn, {kh} thử quẹt lại là được ạ.",
              "Dạ {e} đã gỡ chặn bảo mật, từ giờ giao dịch bên đó sẽ thành công ạ."]),
    dict(q="digital", cats=[],
         prob=["{ks} nhập sai mật khẩu mấy lần giờ ngân hàng điện tử bị khóa rồi.",
               "Tui quên mật khẩu internet banking, giờ nó khóa luôn."],
         conf=["Dạ vậy là tài khoản ngân hàng điện tử bị khóa do nhập sai mật khẩu nhiều lần "
               "ạ.", "Dạ tức là {kh} quên mật khẩu và internet banking đang bị khóa ạ."],
         res=["Dạ {e} đã mở khóa và gửi mật khẩu tạm qua tin nhắn, {kh} đăng nhập rồi đổi "
              "mật khẩu mới ạ.",
              "Dạ đã mở khóa rồi ạ, {kh} sẽ nhận email đặt lại mật khẩu trong hai phút."]),
    dict(q="cards", cats=[],
         prob=["{ks} muốn xin tăng hạn mức thẻ tín dụng lên năm chục triệu.",
               "Tết tới rồi, tăng hạn mức thẻ cho tui được không em?"],
         conf=["Dạ tức là {kh} muốn nâng hạn mức thẻ tín dụng lên năm mươi triệu ạ.",
               "Dạ vậy là {kh} cần tăng hạn mức thẻ trước Tết ạ."],
         res=["Dạ {e} đã gửi yêu cầu, trong bốn mươi tám giờ {kh} nhận kết quả qua tin nhắn, "
              "nếu duyệt thì hạn mức mới có hiệu lực ngay ạ.",
              "Dạ hồ sơ được duyệt rồi, hạn mức mới là bốn mươi lăm triệu từ hôm nay ạ."]),
    dict(q="general", cats=[],
         prob=["{ks} muốn đặt cuốn séc mới, cuốn cũ hết rồi.",
               "Công ty tui cần thêm sổ séc, đặt qua điện thoại được không?"],
         conf=["Dạ vậy là {kh} dùng hết cuốn séc và cần đặt cuốn mới ạ.",
               "Dạ tức là công ty {kh} cần đặt thêm sổ séc ạ."],
         res=["Dạ {e} đặt rồi ạ, bảy ngày làm việc {kh} ra chi nhánh nhận sổ séc.",
              "Dạ đã đặt cuốn năm mươi tờ, khoảng một tuần sẽ gửi về công ty ạ."]),
    dict(q="bereavement", cats=[], neg=True,
         prob=["Ba {ks} mới mất tuần trước, {ks} không biết phải làm gì với tài khoản của "
               "ba.",
               "Chồng tui mới mất hôm thứ bảy, giờ tui không biết tiền bạc trong tài khoản "
               "ra sao."],
         conf=["Dạ vậy là {kh} cần báo việc ba {kh} qua đời và xử lý tài khoản của bác ạ.",
               "Dạ tức là {kh} muốn biết tài khoản của chồng {kh} sẽ được xử lý thế nào ạ."],
         res=["Dạ {e} đã ghi nhận và tạm phong tỏa tài khoản, {kh} mang giấy chứng tử và "
              "căn cước ra chi nhánh gần nhất để làm thủ tục thừa kế ạ.",
              "Dạ {e} đã ghi nhận, bộ phận thừa kế sẽ gọi {kh} vào thứ năm để hướng dẫn giấy "
              "tờ cần chuẩn bị ạ."]),
    dict(q="international", cats=[],
         prob=["Con {ks} bên Mỹ gửi kiều hối về ba ngày rồi mà chưa thấy tiền.",
               "Em tui bên Đài Loan chuyển tiền về từ thứ hai mà tới giờ chưa nhận được."],
         conf=["Dạ tức là khoản kiều hối con {kh} gửi từ Mỹ ba ngày rồi chưa về tài khoản ạ.",
               "Dạ vậy là tiền chuyển từ Đài Loan từ thứ hai mà {kh} chưa nhận ạ."],
         res=["Dạ tiền đang ở ngân hàng đại lý, sáng mai sẽ vào tài khoản của {kh} ạ.",
              "Dạ {e} tra được rồi, tiền đã về chiều nay, trong vòng một tiếng sẽ hiện trong "
              "số dư ạ."]),
    dict(q="general", cats=[],
         prob=["Cho tui hỏi tháng này lương hưu ngày mô về tài khoản rứa?",
               "Tháng này tiền lương hưu của {ks} ngày nào vô vậy em?"],
         conf=["Dạ tức là {kh} muốn biết ngày lương hưu tháng này về tài khoản ạ.",
               "Dạ vậy là {kh} hỏi ngày nhận lương hưu tháng này ạ."],
         res=["Dạ lương hưu tháng này về ngày 25, sáng sớm là có trong tài khoản ạ.",
              "Dạ ngày 26 ạ, khoảng bảy giờ sáng tiền sẽ vào tài khoản {kh}."]),
    dict(q="cards", cats=[],
         prob=["{ks} muốn giảm hạn mức thanh toán không chạm của thẻ, sợ mất thẻ bị quẹt bậy.",
               "Cái thẻ của mẹ tui, tui muốn hạ hạn mức chạm thanh toán xuống, mẹ tui lớn tuổi "
               "rồi."],
         conf=["Dạ vậy là {kh} muốn hạ hạn mức thanh toán không tiếp xúc của thẻ ạ.",
               "Dạ tức là {kh} muốn giảm hạn mức thanh toán chạm cho thẻ của mẹ ạ."],
         res=["Dạ {e} đã giảm hạn mức không tiếp xúc xuống năm trăm nghìn một giao dịch, áp "
              "dụng ngay ạ.",
              "Dạ đã chỉnh hạn mức chạm xuống một triệu, giao dịch tiếp theo là áp dụng ạ."]),
    dict(q="insurance", cats=[],
         prob=["{ks} muốn hỏi hồ sơ bồi thường bảo hiểm xe của {ks} tới đâu rồi.",
               "Hồ sơ bảo hiểm du lịch của tui nộp lâu rồi, giờ sao rồi em?"],
         conf=["Dạ vậy là {kh} muốn biết tiến độ hồ sơ bồi thường bảo hiểm xe ạ.",
               "Dạ tức là {kh} hỏi tình trạng hồ sơ bảo hiểm du lịch ạ."],
         res=["Dạ hồ sơ đã duyệt hôm qua, tiền bồi thường sẽ chuyển vào tài khoản {kh} thứ "
              "hai tới ạ.",
              "Dạ bên giám định cần thêm một tấm hình, {e} đã gửi đường dẫn qua email, {kh} "
              "tải lên là ba ngày có kết quả ạ."]),
    dict(q="fx", cats=[],
         prob=["{ks} muốn mở tài khoản ngoại tệ đô la Mỹ để nhận tiền làm freelance.",
               "Cho tui hỏi mở tài khoản ngoại tệ cần giấy tờ gì?"],
         conf=["Dạ vậy là {kh} muốn mở tài khoản ngoại tệ USD để nhận tiền công việc tự do ạ.",
               "Dạ tức là {kh} muốn mở tài khoản ngoại tệ ạ."],
         res=["Dạ {e} đã gửi đường dẫn mở tài khoản qua tin nhắn, {kh} chụp căn cước và hợp "
              "đồng là mở được ngay trên app ạ.",
              "Dạ {kh} mang căn cước và giấy tờ chứng minh nguồn thu ra chi nhánh gần nhất, "
              "mở trong mười lăm phút ạ."]),
]

VI_OUT: list[dict[str, Any]] = [
    dict(q="fraud", cats=["fraud"],
         purpose=["{e} gọi vì tối qua thẻ của {kh} có giao dịch ở một cửa hàng điện máy, hệ "
                  "thống thấy bất thường ạ.",
                  "Dạ {e} gọi để xác nhận hai giao dịch trên thẻ của {kh} sáng nay ạ."],
         cust=["Không, tui có mua gì đâu, không phải tui làm.",
               "Hả, {ks} có xài thẻ sáng nay đâu, không phải của {ks}."],
         body=["Dạ {e} đã khóa thẻ và hoàn giao dịch đó, thẻ mới sẽ gửi cho {kh} ạ."]),
    dict(q="collections", cats=["payment"],
         purpose=["Dạ {e} gọi vì kỳ thanh toán thẻ tín dụng ngày mùng năm bên {e} chưa nhận "
                  "được ạ.", "Dạ {e} gọi nhắc kỳ trả góp khoản vay mua xe tháng này ạ."],
         cust=["Chết, quên mất, giờ {ks} trả luôn qua điện thoại được không?",
               "Ờ để tui đóng liền bây giờ được không em?"],
         body=["Dạ {e} đã trích tiền từ tài khoản thanh toán rồi ạ, kỳ này đã đủ."]),
    dict(q="cards", cats=["address_change"],
         purpose=["Dạ thẻ của {kh} tháng sau hết hạn, {e} gọi xác nhận địa chỉ nhận thẻ mới "
                  "ạ.", "Dạ {e} gọi để xác nhận thông tin giao thẻ gia hạn cho {kh} ạ."],
         cust=["À {ks} mới chuyển nhà, đổi giùm địa chỉ mới luôn nghe.",
               "Tui dọn nhà tháng trước rồi, em đổi địa chỉ giùm trước khi gửi nha."],
         body=["Dạ {e} đã đổi địa chỉ, thẻ mới sẽ gửi về địa chỉ mới ạ."]),
    dict(q="cards", cats=["cancellation"],
         purpose=["Dạ {e} gọi thông báo {kh} đủ điều kiện nâng hạn mức thẻ tín dụng ạ.",
                  "Dạ {e} gọi giới thiệu {kh} nâng cấp lên thẻ hạng vàng ạ."],
         cust=["Thôi khỏi em, {ks} còn muốn hủy luôn cái thẻ đó nữa.",
               "Không cần đâu, tui muốn đóng thẻ luôn."],
         body=["Dạ {e} đã hủy thẻ cho {kh}, thư xác nhận sẽ gửi sau ạ."]),
    dict(q="complaints", cats=["complaint"], neg=True,
         purpose=["Dạ {e} gọi lại về khiếu nại {kh} gửi tuần trước về chi nhánh ạ.",
                  "Dạ {e} gọi phản hồi khiếu nại của {kh} về bộ phận cho vay ạ."],
         cust=["Ừ, mà tui vẫn chưa hài lòng đâu, chưa ai giải thích gì hết.",
               "Phục vụ tệ lắm, {ks} muốn ghi nhận lại chuyện đó."],
         body=["Dạ {e} đã bổ sung vào hồ sơ khiếu nại, quản lý sẽ gửi thư cho {kh} ạ."]),
    dict(q="insurance", cats=[],
         purpose=["Dạ {e} gọi báo kết quả hồ sơ bồi thường bảo hiểm nhà của {kh} ạ.",
                  "Dạ {e} gọi để hẹn lịch giám định cho hồ sơ bảo hiểm của {kh} ạ."],
         cust=["Ờ tốt quá.", "Rồi, sao em?"],
         body=["Dạ hồ sơ đã được duyệt, tiền sẽ chuyển vào thứ hai ạ."]),
    dict(q="branch", cats=[],
         purpose=["Dạ {e} gọi khảo sát nhanh về lần {kh} ghé chi nhánh tuần rồi ạ.",
                  "Dạ {e} gọi để hẹn lịch tư vấn khoản vay nhà mà {kh} đăng ký ạ."],
         cust=["Ừ, em hỏi đi.", "Được, {ks} rảnh chút."],
         body=["Dạ {e} hẹn {kh} sáng thứ ba lúc mười giờ ạ."]),
]
VI_OB_OPEN = ["A lô, {e} chào {kh}, cho {e} hỏi có phải {kh} {cname} không ạ?",
              "Dạ alô, xin chào, {e} đang nói chuyện với {kh} {cname} phải không ạ?",
              "Alô, {kh} {cname} đó phải không ạ?"]
VI_OB_ANSWER = ["Ừ đúng rồi, ai đó?", "Dạ phải, ai vậy?", "Ừ, tui đây.", "Alô, ai rứa?"]
VI_OB_I = ["{e} là {n}", "{e} tên {n}", "{n} đây ạ,"]
VI_OB_C = ["gọi từ {co}", "bên {co}", "ở phòng chăm sóc khách hàng {co}"]
VI_OB_CI = ["{e} là {n} gọi từ {co} ạ", "{e} tên {n} ở {co}", "{n} bên {co} đây ạ"]
VI_OB_R = ["Cuộc gọi này được ghi âm để đảm bảo chất lượng dịch vụ ạ.",
           "{e} xin thông báo cuộc gọi sẽ được ghi âm ạ.",
           "Cuộc gọi của mình đang được ghi âm nha {kh}.",
           "Dạ cuộc trò chuyện này có ghi âm lại ạ."]
VI_OB_Q = ["{kh} có đồng ý không ạ?", "{kh} đồng ý cho {e} tiếp tục chứ ạ?",
           "{kh} có đồng ý để {e} ghi âm không ạ?", "{kh} thấy vậy có được không ạ?"]
VI_OB_QYES = ["Ừ được.", "Dạ được em.", "Ờ, không sao.", "Đồng ý."]
VI_OB_DPA = [("Dạ trước khi nói lý do, {e} cần xác minh, {kh} cho {e} xin ngày sinh ạ.",
              "Ờ, đợi chút, mười hai, tháng tư, năm bốn mươi chín."),
             ("Dạ {kh} đọc giúp {e} địa chỉ đăng ký ạ.",
              "Số bảy, kiệt ba tám, đường Phan Châu Trinh, Đà Nẵng."),
             ("Dạ cảm ơn {kh}, {kh} nhớ giao dịch gần nhất của mình không ạ?",
              "Hình như là rút tiền ở cây ATM chợ Hàn, hôm thứ sáu.")]
VI_OB_LATE = {"I": ["Dạ xin lỗi {kh}, {e} quên giới thiệu, {e} là {n} ạ."],
              "C": ["Dạ {e} gọi từ {co}, lẽ ra {e} phải nói trước ạ."],
              "P": ["Dạ lý do {e} gọi hôm nay là thế này ạ."],
              "R": ["Dạ {e} quên nói, cuộc gọi này có ghi âm ạ."],
              "Q": ["{kh} có đồng ý cho ghi âm cuộc gọi không ạ?"]}
VI_RECORDED_DELIVERY = ["Dạ giấy tờ sẽ gửi cho {kh} bằng thư bảo đảm, {e} ghi lại địa chỉ "
                        "rồi ạ."]
VI_OB_CLOSE = ["Dạ cảm ơn {kh}, {e} chào {kh} ạ.", "Cảm ơn {kh} đã dành thời gian, chào {kh}."]


# ---------------------------------------------------------------- rules and faults
RULES = [
    "inbound/greeting", "inbound/company_name", "inbound/self_intro", "inbound/offer_help",
    "inbound/confirm_problem", "inbound/resolution", "inbound/anything_else", "inbound/thanks",
    "inbound/goodbye", "inbound/greeting_before_resolution", "inbound/thanks_before_goodbye",
    "outbound/identify_self", "outbound/identify_company", "outbound/purpose",
    "outbound/recording_disclosure", "outbound/consent",
    "angry_caller/empathy", "angry_caller/no_blame", "angry_caller/no_interrupting_angry_customer",
    "forbidden/profanity", "forbidden/profanity_vi_strict", "forbidden/rude",
    "forbidden/no_card_readback",
]
CATEGORIES = ["billing", "outage", "refund", "cancellation", "complaint", "card_lost",
              "address_change", "payment", "fraud"]
FAULT_RULE = {
    "no_greeting": "inbound/greeting", "no_company": "inbound/company_name",
    "no_self_intro": "inbound/self_intro", "no_offer_help": "inbound/offer_help",
    "no_confirm": "inbound/confirm_problem", "no_resolution": "inbound/resolution",
    "no_anything_else": "inbound/anything_else", "no_thanks": "inbound/thanks",
    "no_goodbye": "inbound/goodbye", "gbr_fail": "inbound/greeting_before_resolution",
    "tbg_fail": "inbound/thanks_before_goodbye",
    "ob_no_self": "outbound/identify_self", "ob_no_company": "outbound/identify_company",
    "ob_no_purpose": "outbound/purpose", "ob_no_recording": "outbound/recording_disclosure",
    "ob_no_consent": "outbound/consent",
    "no_empathy": "angry_caller/empathy", "blame": "angry_caller/no_blame",
    "interrupt": "angry_caller/no_interrupting_angry_customer",
    "profanity": "forbidden/profanity", "strict": "forbidden/profanity_vi_strict",
    "rude": "forbidden/rude", "card_readback": "forbidden/no_card_readback",
}
INBOUND_FAULTS = ["no_greeting", "no_company", "no_self_intro", "no_offer_help", "no_confirm",
                  "no_resolution", "no_anything_else", "no_thanks", "no_goodbye", "gbr_fail",
                  "tbg_fail"]
OUTBOUND_FAULTS = ["ob_no_self", "ob_no_company", "ob_no_purpose", "ob_no_recording",
                   "ob_no_consent"]
ANY_FAULTS = ["no_empathy", "blame", "interrupt", "rude", "card_readback"]
OPENING = {"no_greeting", "no_company", "no_self_intro", "no_offer_help"}
CONFLICTS = [
    ({"gbr_fail"}, OPENING | {"no_resolution"}),
    ({"tbg_fail"}, {"no_thanks", "no_goodbye"}),
    ({"ob_no_recording"}, {"ob_no_consent"}),
    ({"strict"}, {"profanity"}),
    ({"no_offer_help"}, {"no_greeting", "no_company", "no_self_intro"}),
]

# ---------------------------------------------------------------- text noise
TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
STRICT_WORDS = {"đéo", "địt", "đụ", "vãi", "cút"}
PROTECT_PLAIN = {"deo", "dit", "du", "vai", "cut", "dm", "vl", "vcl", "lon", "cac", "buoi",
                 "dech", "ma", "me"}
EN_HOMOPHONES = {"you're": "your", "today": "to day", "anything": "any thing",
                 "everything": "every thing", "welcome": "well come", "goodbye": "good bye",
                 "alright": "all right", "acme": "acne", "there's": "theres", "i'll": "ill",
                 "hear": "here", "through": "threw", "know": "no", "two": "to",
                 "right": "write", "card": "car", "morning": "mornin"}
LOWER_MID = {"hello", "good", "afternoon", "morning", "hi", "is", "how", "what", "my", "you've",
             "you're", "this", "it's", "and", "welcome", "thanks", "tell", "sorry", "okay",
             "oh", "hiya", "just", "calls", "before", "we're",
             "dạ", "xin", "cảm", "em", "cháu", "đây", "tổng", "bộ", "chào"}
SUFFIX_TAGS = {"ob_consent", "ob_rec", "ob_self", "ob_company", "empathy"}
EN_DROPPABLE = {"the", "a", "to", "of", "just", "and", "that"}


def strip_tone(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))


def strip_all(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def wrong_tone(word: str, rng: random.Random) -> str:
    chars = list(unicodedata.normalize("NFD", word))
    pos = [i for i, ch in enumerate(chars) if ch in TONE_MARKS]
    if not pos:
        return word
    old = chars.pop(pos[0])
    j = pos[0]
    while j < len(chars) and unicodedata.combining(chars[j]):
        j += 1
    chars.insert(j, rng.choice(sorted(TONE_MARKS - {old})))
    return unicodedata.normalize("NFC", "".join(chars))


def unpunct(text: str) -> str:
    text = re.sub(r"(?<!\d)[.,](?!\d)|[!?;:\"“”()]|(?<=\d)[.,](?=\s|$)", "", text)
    return re.sub(r"(?<=[a-zA-Z])-(?=[a-zA-Z])", " ", text)


def protected(word: str) -> bool:
    low = word.lower().strip(".,!?")
    return low in STRICT_WORDS or strip_all(low) in PROTECT_PLAIN or low in {"vài", "đủ", "cụt",
                                                                              "đèo"}


def noise_en(text: str, profile: str, rng: random.Random, names: dict[str, str]) -> str:
    if profile == "clean":
        return text
    rate = 0.25 if profile == "asr" else 0.5
    out: list[str] = []
    for word in unpunct(text.lower()).split():
        key = word.strip("'")
        if key in names and rng.random() < rate:
            out.append(names[key])
        elif key in EN_HOMOPHONES and rng.random() < rate:
            out.append(EN_HOMOPHONES[key])
        elif key in EN_DROPPABLE and rng.random() < rate / 4:
            continue
        else:
            out.append(word)
    return " ".join(out) if out else unpunct(text.lower())


def noise_vi(text: str, profile: str, rng: random.Random, seg_toneless: bool) -> str:
    if profile == "clean":
        return text
    text = unpunct(text.lower()).replace("alô", "a lô" if rng.random() < 0.5 else "alo")
    rate = 0.07 if profile == "asr" else 0.12
    out: list[str] = []
    for word in text.split():
        if protected(word):
            out.append(word)
            continue
        new = word
        if seg_toneless:
            new = strip_all(word)
        elif rng.random() < rate:
            new = strip_tone(word)
        elif rng.random() < rate / 2:
            new = wrong_tone(word, rng)
        if new.lower() in STRICT_WORDS or strip_all(new.lower()) in PROTECT_PLAIN:
            new = word
        if out and rng.random() < 0.012 and not protected(out[-1]) and len(out[-1]) < 6:
            out[-1] = out[-1] + new
        else:
            out.append(new)
    return " ".join(out)


# ---------------------------------------------------------------- timeline
class Timeline:
    """Segments rendered as they are added: text noise, word times, tagged piece spans."""

    def __init__(self, call: CallCtx) -> None:
        self.c = call
        self.segments: list[dict[str, Any]] = []
        self.sentiment: list[str] = []
        self.spans: list[tuple[set[str], float, float, int]] = []
        self.pending: list[tuple[str, str, float]] = []
        self.interruptions: list[dict[str, Any]] = []
        self.raised: list[dict[str, Any]] = []
        self.t = call.rng.uniform(0.2, 0.9)

    def next_start(self, gap: float | None = None) -> float:
        return self.t + (gap if gap is not None else self.c.rng.uniform(0.35, 1.3))

    def add(self, speaker: str, pieces: list[tuple[str, str]], sent: str = "neutral",
            gap: float | None = None, interrupt: float | None = None, slow: float = 1.0,
            raised: bool = False) -> dict[str, Any]:
        rng = self.c.rng
        if interrupt is not None:
            prev = self.segments[-1]
            start = round(prev["start"] + interrupt * (prev["end"] - prev["start"]), 2)
        else:
            start = round(self.next_start(gap), 2)
        if speaker == "agent":
            ready = [p for p in self.pending if start >= p[2]]
            for p in ready:
                self.pending.remove(p)
                late = [(p[0], p[1])]
                pieces = pieces + late if p[0] in SUFFIX_TAGS else late + pieces
        idx = len(self.segments)
        words: list[list[Any]] = []
        texts: list[str] = []
        toneless = self.c.lang == "vi" and self.c.profile != "clean" and rng.random() < 0.2
        t = start
        lo, hi = (0.22, 0.42) if self.c.lang == "en" else (0.2, 0.34)
        for k, (tags, raw) in enumerate(pieces):
            text = self.c.fill(raw)
            if self.c.profile == "clean":
                head = text.split(" ", 1)[0].strip(",.!?").lower()
                if k == 0 or (texts and texts[-1][-1:] in ".?!"):
                    text = text[:1].upper() + text[1:]
                elif head in LOWER_MID and texts and texts[-1].endswith(","):
                    text = text[:1].lower() + text[1:]
            if self.c.lang == "en":
                text = noise_en(text, self.c.profile, rng, self.c.misheard)
            else:
                text = noise_vi(text, self.c.profile, rng, toneless)
            text = " ".join(text.split())
            if k == len(pieces) - 1 and text.endswith(","):
                text = text[:-1] + "."
            p_start = t
            for w in text.split(" "):
                d = rng.uniform(lo, hi) * slow * (1.25 if len(w) > 8 else 1.0)
                words.append([round(t, 2), round(t + d, 2), w])
                t += d + rng.uniform(0.02, 0.1)
            texts.append(text)
            if tags:
                self.spans.append((set(tags.split()), round(p_start, 2), words[-1][1], idx))
        end = words[-1][1]
        seg = {"speaker": speaker, "start": start, "end": end, "text": " ".join(texts),
               "words": words}
        self.segments.append(seg)
        self.sentiment.append(sent)
        if interrupt is not None:
            prev = self.segments[-2]
            self.interruptions.append({"speaker": "agent", "interrupted": "customer",
                                       "start_s": start,
                                       "overlap_s": round(prev["end"] - start, 2)})
        if raised:
            dur = end - start
            self.raised.append({"speaker": "customer", "start_s": round(start + 0.2, 2),
                                "end_s": round(start + 0.8 * dur, 2),
                                "above_median_db": round(rng.uniform(6.0, 12.0), 1)})
        self.t = max(self.t, end)
        return seg

    def a(self, *pieces: tuple[str, str], **kw: Any) -> dict[str, Any]:
        return self.add("agent", list(pieces), **kw)

    def cu(self, text: str, **kw: Any) -> dict[str, Any]:
        return self.add("customer", [("", text)], **kw)


class CallCtx:
    """One call being drawn: language, random source, wording bank and fill-ins."""

    def __init__(self, spec: dict[str, Any], rng: random.Random) -> None:
        self.spec = spec
        self.rng = rng
        self.lang: str = spec["lang"]
        self.faults: set[str] = set(spec["faults"])
        self.decoys: list[str] = []
        self.profile = rng.choice(["clean", "asr", "asr", "rough"])
        en = self.lang == "en"
        self.agent = spec["agent"]
        given = self.agent.split()[0] if en else self.agent.split()[-1]
        self.given = given
        self.misheard = ({given.lower(): EN_MISHEARD[given]} if en and given in EN_MISHEARD
                         else {})
        if en:
            cust = rng.choice(EN_CUSTOMERS)
            self.vals = {"n": given, "co": "Acme Bank", "cn": cust, "full": cust,
                         "amt": rng.choice(EN_AMT), "day": rng.choice(EN_DAY)}
        else:
            kh = rng.choice(VI_HONOR)
            e = "cháu" if kh in ("cô", "chú", "bác") else "em"
            ks = rng.choice([kh, kh, "tui"]) if kh != "anh" else rng.choice(["anh", "tui"])
            names = (VI_CUSTNAME_M if kh in ("anh", "chú") else
                     VI_CUSTNAME_F if kh in ("chị", "cô") else VI_CUSTNAME_M + VI_CUSTNAME_F)
            cname = rng.choice(names)
            self.vals = {"n": given, "co": rng.choice(VI_CO), "kh": kh, "e": e, "ks": ks,
                         "cname": cname.split()[-1], "full": cname, "cn": kh,
                         "amt": rng.choice(VI_AMT)}
        self.cats: list[str] = []
        self.forb_stage: dict[str, str] = {}
        self.anger_start = 1e9
        self.did_decoy_int = False
        self.complained = False
        self.used: set[str] = set()
        self.slow = 1.35 if rng.random() < 0.15 else 1.0
        if self.slow > 1:
            self.decoys.append("slow_elderly_caller")

    def fill(self, text: str) -> str:
        return text.format(**self.vals)

    def pick(self, name: str) -> str:
        """A wording from the bank, avoiding one this call already used where possible."""
        bank = globals()[("EN_" if self.lang == "en" else "VI_") + name]
        fresh = [x for x in bank if x not in self.used] or list(bank)
        out = str(self.rng.choice(fresh))
        self.used.add(out)
        return out

    def pair(self, name: str) -> tuple[str, str]:
        bank = globals()[("EN_" if self.lang == "en" else "VI_") + name]
        a, b = self.rng.choice(bank)
        return str(a), str(b)

    def bank(self, name: str) -> Any:
        return globals()[("EN_" if self.lang == "en" else "VI_") + name]


def pad_until(c: CallCtx, tl: Timeline, until: float, extra_ok: bool = False) -> None:
    """Realistic filler until the clock passes `until`: a little small talk, then general
    questions the agent answers (when allowed), then security questions."""
    small = [x for x in c.bank("SMALLTALK") if x[0] not in c.used]
    extra = [x for x in c.bank("EXTRA") if x[0] not in c.used] if extra_ok else []
    ids = [x for x in c.bank("IDCHECK") if x[0] not in c.used]
    for pool in (small, extra, ids):
        c.rng.shuffle(pool)
    plan = [("s", x) for x in small[:1]] + [("e", x) for x in extra] + [("i", x) for x in ids]
    plan += [("s", x) for x in small[1:]]
    for kind, (q, a) in plan:
        if tl.t >= until:
            return
        c.used.add(q)
        if kind == "i":
            tl.a(("", q))
            tl.cu(a, slow=c.slow)
        else:
            tl.cu(q, slow=c.slow)
            tl.a(("resolve" if kind == "e" else "", a))


def opening_inbound(c: CallCtx, tl: Timeline) -> None:
    rng = c.rng
    comps = {"G": "no_greeting", "C": "no_company", "I": "no_self_intro", "H": "no_offer_help"}
    mode = {k: ("ok" if v not in c.faults else rng.choice(["absent", "late"]))
            for k, v in comps.items()}
    if "no_self_intro" in c.faults and rng.random() < 0.35:
        mode["I"] = "cust_name"
    plans = [["G", "C", "I", "H"], ["GC", "I", "H"], ["G", "CI", "H"], ["G", "I", "C", "H"],
             ["GC", "H"], ["G", "C", "H", "I"]]
    ok = {k for k, m in mode.items() if m == "ok"}
    cands = [p for p in plans if all(len(x) == 1 or set(x) <= ok for x in p)]
    if mode["I"] == "ok":
        cands = [p for p in cands if any("I" in x for x in p)] or cands
    plan = [x for x in rng.choice(cands) if set(x) <= ok]
    bank = {"G": "G", "C": "C", "I": "I", "H": "H", "GC": "GC", "CI": "CI"}
    tagname = {"G": "greet", "C": "company", "I": "intro", "H": "help"}
    pieces = [(" ".join(tagname[ch] for ch in x), c.pick(bank[x])) for x in plan]
    if not pieces:
        pieces = [("", "Yes?" if c.lang == "en" else "Dạ?")]
    if "G" not in ok and "GC" not in plan:
        c.decoys.append("opening_without_greeting")
    if rng.random() < 0.2 and len(pieces) >= 3:
        tl.a(*pieces[:2])
        tl.cu("Hello? Is that the bank?" if c.lang == "en" else "A lô? Ngân hàng hả?",
              slow=c.slow)
        tl.a(("", "Yes, it is," if c.lang == "en" else "Dạ đúng rồi ạ,"), *pieces[2:])
        c.decoys.append("opening_split_by_caller")
    else:
        tl.a(*pieces)
    late = c.bank("LATE")
    edges = {"G": 20.0, "C": 20.0, "I": 30.0, "H": 45.0}
    for k in ("G", "C", "I"):
        if mode[k] == "late":
            tl.pending.append((tagname[k], rng.choice(late[k]), edges[k] + MARGIN_S + 0.1))
            c.decoys.append(f"late_{tagname[k]}")
    if mode["I"] == "cust_name":
        c.decoys.append("customer_says_agent_name")
        tl.cu(("Oh hi, is that {n}? You helped me last week." if c.lang == "en"
               else "A, có phải {n} không, tuần trước {e} giúp {ks} đó."), slow=c.slow)
        tl.a(("", "That's right, yes." if c.lang == "en" else "Dạ đúng rồi ạ."))
    if mode["H"] == "late":
        c.decoys.append("security_before_offer_help")
        for q, a in c.bank("SECURITY"):
            tl.a(("", q))
            tl.cu(a, slow=c.slow * 1.2)
        pad_until(c, tl, 45.0 + MARGIN_S)
        tl.a(("help", rng.choice(late["H"])))


def opening_gbr(c: CallCtx, tl: Timeline, scen: dict[str, Any]) -> None:
    """Warm transfer: the agent gives the outcome first, then greets (order fail)."""
    c.decoys.append("warm_transfer_resolution_first")
    pre = ("{cn}, I have your notes. " if c.lang == "en" else "Dạ {kh}, ")
    tl.a(("", pre), ("resolve", c.rng.choice(scen["res"])))
    tl.cu("Oh, okay." if c.lang == "en" else "Ờ, vậy hả.", slow=c.slow)
    comps = [("greet", c.pick("G")), ("company", c.pick("C")), ("intro", c.pick("I")),
             ("help", "how can I help you today?" if c.lang == "en"
              else "{e} có thể giúp gì cho {kh} ạ?")]
    tl.a(("", "Sorry," if c.lang == "en" else "Dạ xin lỗi,"), *comps)


def closing_inbound(c: CallCtx, tl: Timeline) -> None:
    rng = c.rng
    if "no_anything_else" not in c.faults:
        tl.a(("anyelse", c.pick("ANY")))
        tl.cu(c.pick("ANY_NO"), slow=c.slow)
    elif rng.random() < 0.5:
        c.decoys.append("customer_volunteers_nothing_else")
        tl.cu("Right, that's all I needed, really." if c.lang == "en"
              else "Rồi, {ks} chỉ cần vậy thôi.", slow=c.slow)
    no_t, no_b = "no_thanks" in c.faults, "no_goodbye" in c.faults
    thx, bye = ("thanks", c.pick("THX")), ("bye", c.pick("BYE"))
    if no_t and no_b:
        tl.a(("", c.pick("NOTHX_CLOSE")))
        tl.cu(c.pick("CUST_BYE"), sent="positive")
        c.decoys.append("customer_only_goodbye")
    elif no_t:
        if rng.random() < 0.5:
            c.decoys.append("thanks_too_early")
            tl.a(thx, sent="positive")
            for q, a in c.bank("ONE_MORE"):
                tl.cu(q, slow=c.slow)
                tl.a(("", a))
            tl.cu(c.pick("ACK"), sent="positive")
        tl.a(bye)
        tl.cu(c.pick("CUST_THANKS"), sent="positive")
    elif no_b:
        tl.a(thx, sent="positive")
        tl.cu(c.pick("CUST_BYE"), sent="positive")
        c.decoys.append("customer_only_goodbye")
    elif "tbg_fail" in c.faults:
        tl.a(bye, thx, sent="positive")
        if rng.random() < 0.5:
            tl.cu(c.pick("CUST_BYE"), sent="positive")
    else:
        if rng.random() < 0.3:
            tl.a(thx, sent="positive")
            tl.cu(c.pick("CUST_THANKS"), sent="positive")
            tl.a(bye)
        else:
            tl.a(thx, bye, sent="positive")
            if rng.random() < 0.6:
                tl.cu(c.pick("CUST_BYE"), sent="positive")


def forbidden_lines(c: CallCtx, tl: Timeline, stage: str) -> None:
    """Profanity, rudeness and card read-back faults (and their innocent look-alikes)."""
    if stage == c.forb_stage.get("profanity"):
        if c.lang == "en":
            tl.a(("prof", c.pick("PROF")), sent="negative")
        else:
            tl.a(("prof", c.pick("PROF_TL")), sent="negative")
            c.decoys.append("toneless_or_teencode_swear")
    if stage == c.forb_stage.get("strict"):
        tl.a(("prof strict", c.pick("STRICT")), sent="negative")
    if stage == c.forb_stage.get("rude") and "rude" in c.faults:
        tl.cu("Sorry, can you say that again? The line's bad." if c.lang == "en"
              else "Hả? {e} nói lại được không, nghe không rõ.", slow=c.slow)
        tl.a(("rude", c.pick("RUDE")), sent="negative")
    if stage == c.forb_stage.get("card_readback"):
        tl.a(("card", c.pick("CARD")))
        tl.cu(c.pick("YES"))
    if stage == c.forb_stage.get("card_ok"):
        tl.a(("", c.pick("CARD_OK")))
        tl.cu(c.pick("YES"))
        c.decoys.append("safe_readback")
    if stage == c.forb_stage.get("lookalike"):
        q, a = c.pair("LOOKALIKE")
        tl.cu(q, slow=c.slow)
        tl.a(("", a))
        c.decoys.append("innocent_lookalike_word")
    if stage == c.forb_stage.get("whatever_ok"):
        q, a = c.pair("WHATEVER_OK")
        tl.cu(q, slow=c.slow)
        tl.a(("", a))
        c.decoys.append("innocent_whatever")
    if stage == c.forb_stage.get("blame") and "blame" in c.faults:
        tl.cu(c.pick("WHY"), slow=c.slow)
        tl.a(("blame", c.pick("BLAME")), sent="negative")
    if stage == c.forb_stage.get("policy"):
        tl.cu(c.pick("WHY"), slow=c.slow)
        tl.a(("", c.pick(c.rng.choice(["POLICY", "BANK_SORRY"]))))
        c.decoys.append("neutral_policy_or_bank_apology")


def plan_forbidden(c: CallCtx) -> None:
    stages = ["early", "mid", "late"]
    rng = c.rng
    c.forb_stage = {}
    for f in ("profanity", "strict", "rude", "card_readback", "blame"):
        if f in c.faults:
            c.forb_stage[f] = rng.choice(stages)
    if "card_readback" not in c.faults and rng.random() < 0.3:
        c.forb_stage["card_ok"] = rng.choice(stages)
    if c.lang == "vi" and rng.random() < 0.3:
        c.forb_stage["lookalike"] = rng.choice(stages)
    if c.lang == "en" and rng.random() < 0.15:
        c.forb_stage["whatever_ok"] = rng.choice(stages)
    if "blame" not in c.faults and rng.random() < 0.25:
        c.forb_stage["policy"] = rng.choice(stages)


def reply_to_anger(c: CallCtx, tl: Timeline, kind: str,
                   extra: list[tuple[str, str]]) -> None:
    """The agent's turn right after a customer's first angry or distressed turn."""
    rng = c.rng
    first = tl.segments[-1]
    c.anger_start = min(getattr(c, "anger_start", 1e9), first["start"])
    interrupt = rng.uniform(0.35, 0.7) if "interrupt" in c.faults else None
    if interrupt is not None:
        c.faults.discard("interrupt")
    if "no_empathy" in c.faults:
        c.faults.discard("no_empathy")
        pieces = [("", c.pick("PROCEDURAL"))] + extra
        if rng.random() < 0.5:
            tl.pending.append(("empathy", c.pick("EMP_LATE"), first["start"] + 22.5))
            c.decoys.append("empathy_too_late")
    else:
        bank = {"bereaved": "CONDOLENCE", "distress": "EMP_DISTRESS"}.get(kind, "EMP")
        pieces = [("empathy", c.pick(bank))] + extra
        if "blame" in c.faults and rng.random() < 0.4:
            pieces.append(("blame", c.pick("BLAME")))
            c.faults.discard("blame")
    tl.a(*pieces, interrupt=interrupt)


def anger_turn(c: CallCtx, tl: Timeline, kind: str, stage: str) -> None:
    """A customer's angry (or distressed) turn that fits the moment, then the agent's reply."""
    money = set(c.cats) & {"fraud", "refund", "card_lost", "outage"}
    if kind == "distress" and not (stage == "open" and money):
        kind = "angry"
    suffix = {"open": "", "mid": "_MID", "late": "_LATE"}[stage]
    if kind == "swear":
        text = c.pick("ANGRY" + suffix + "_SWEAR")
        c.decoys.append("customer_swears")
    elif kind == "distress":
        text = c.pick("DISTRESS")
    else:
        text = c.pick("ANGRY" + suffix)
    if kind != "distress":
        c.complained = True
    tl.cu(text, sent="negative", raised=c.rng.random() < 0.45, slow=c.slow)
    if c.rng.random() < 0.3 and "interrupt" not in c.faults and kind != "distress":
        tl.cu(c.pick("ANGRY_MORE"), sent="negative", gap=0.4)
    reply_to_anger(c, tl, kind, [])


def maybe_decoy_interrupt(c: CallCtx, tl: Timeline, pieces: list[tuple[str, str]]) -> bool:
    if c.spec["decoy_interrupt"] and not getattr(c, "did_decoy_int", False):
        c.did_decoy_int = True
        c.decoys.append("interruption_of_calm_customer")
        tl.a(*pieces, interrupt=c.rng.uniform(0.6, 0.85))
        return True
    return False


def second_issue(c: CallCtx, tl: Timeline) -> None:
    bank = c.bank("IN")
    cur = set(c.cats)
    opts = [s for s in bank if s["cats"] and not s.get("neg") and not set(s["cats"]) <= cur]
    scen = c.rng.choice(opts)
    i = c.rng.randrange(len(scen["prob"]))
    lead = "Oh, and while I have you, " if c.lang == "en" else "À, nhân tiện luôn, "
    tl.cu(lead + scen["prob"][i], slow=c.slow)
    tl.a(("confirm", scen["conf"][i]), ("resolve", c.rng.choice(scen["res"])))
    tl.cu(c.pick("ACK"), sent="positive")
    c.cats.extend(x for x in scen["cats"] if x not in c.cats)
    c.decoys.append("second_issue")


def filler(c: CallCtx, tl: Timeline, n_target: int) -> None:
    """Long calls: small talk, and general questions the agent answers (never on calls whose
    resolution or order is under test, where an answer would count as a resolution)."""
    small = [x for x in c.bank("SMALLTALK") if x[0] not in c.used]
    extra = list(c.bank("EXTRA"))
    if {"no_resolution", "gbr_fail"} & set(c.spec["faults"]):
        extra = []
    pool = [("s", x) for x in small] + [("e", x) for x in extra]
    c.rng.shuffle(pool)
    for kind, (q, a) in pool:
        if len(tl.segments) >= n_target:
            return
        c.used.add(q)
        tl.cu(q, slow=c.slow)
        if kind == "e":
            tl.a(("resolve", a))
            if c.rng.random() < 0.5:
                tl.cu(c.pick("ACK"), sent="positive")
        else:
            tl.a(("", a))


def build_inbound(c: CallCtx, tl: Timeline) -> None:
    rng = c.rng
    scen = c.spec["scen"]
    i = rng.randrange(len(scen["prob"]))
    c.cats = list(scen["cats"])
    plan_forbidden(c)
    if "gbr_fail" in c.faults:
        opening_gbr(c, tl, scen)
    else:
        opening_inbound(c, tl)
    neg = bool(scen.get("neg"))
    kind = c.spec["anger_kind"]
    if neg:
        kind = ("bereaved" if scen["q"] == "bereavement" else
                "distress" if "fraud" in scen["cats"] else "angry")
    prob = scen["prob"][i]
    if "gbr_fail" in c.faults:
        prob = ("Yes, like I told your colleague, " if c.lang == "en"
                else "Ừ, như {ks} nói với bạn kia, ") + prob[0].lower() + prob[1:]
    tl.cu(prob, sent="negative" if neg else "neutral", slow=c.slow)
    if not neg and rng.random() < 0.35:
        if not maybe_decoy_interrupt(c, tl, [("", c.pick("NOCONF"))]):
            tl.cu(c.pick("DETAIL"), slow=c.slow)
        else:
            tl.cu(c.pick("DETAIL"), slow=c.slow)
    conf: list[tuple[str, str]] = ([] if "no_confirm" in c.faults
                                   else [("confirm", scen["conf"][i])])
    if "no_confirm" in c.faults:
        c.decoys.append("acknowledge_without_restating")
        conf = [("", c.pick("NOCONF"))]
    if neg:
        reply_to_anger(c, tl, kind, conf)
    elif c.spec["anger"] == "open":
        anger_turn(c, tl, kind, "open")
        tl.a(*conf)
    else:
        tl.a(*conf)
    if "no_confirm" not in c.faults and rng.random() < 0.4 and scen.get("corr"):
        cq, ca = rng.choice(scen["corr"])
        tl.cu(cq, slow=c.slow)
        tl.a(("confirm", ca))
        c.decoys.append("customer_corrects_agent")
    else:
        tl.cu(c.pick("YES" if "no_confirm" not in c.faults else "WAIT"), slow=c.slow)
    forbidden_lines(c, tl, "early")
    if rng.random() < (0.5 if c.spec["long"] else 0.25) or c.spec["anger"] == "mid":
        q, a = c.pair("IDCHECK")
        tl.a(("", q))
        tl.cu(a, slow=c.slow)
        c.decoys.append("id_check")
        if rng.random() < 0.3:
            addr, back = c.pair("ADDRESS_READBACK")
            tl.a(("", c.pick("ADDRESS_Q")))
            tl.cu(addr, slow=c.slow)
            tl.a(("", back))
            tl.cu(c.pick("YES"))
            c.decoys.append("address_readback")
    if c.spec["anger"] == "mid":
        anger_turn(c, tl, kind, "mid")
    forbidden_lines(c, tl, "mid")
    res: list[tuple[str, str]]
    if "no_resolution" in c.faults:
        res = [("", c.pick(rng.choice(["NORES", "NORES_Q"])))]
        c.decoys.append("promise_without_content")
    elif "gbr_fail" in c.faults:
        res = [("", "Yes, that's the one I've dealt with." if c.lang == "en"
                else "Dạ đúng rồi, việc đó {e} xử lý xong rồi ạ.")]
    else:
        res = [("resolve", rng.choice(scen["res"]))]
    if rng.random() < (0.5 if c.spec["long"] else 0.25):
        tl.a(("", c.pick("HOLD")))
        tl.cu("Okay." if c.lang == "en" else "Ừ.")
        tl.a(("thx_mid", c.pick("HOLD_THANKS")), *res, gap=rng.uniform(12, 40))
        c.decoys.append("thanks_for_holding_midcall")
    else:
        tl.a(*res)
    if c.spec["anger"] == "late":
        anger_turn(c, tl, kind, "late")
    elif "no_resolution" in c.faults and rng.random() < 0.6:
        tl.cu(c.pick("CUST_SELF_PLAN"), slow=c.slow)
        c.decoys.append("customer_states_next_step")
    elif "no_resolution" in c.faults:
        tl.cu(c.pick("NORES_REPLY"), slow=c.slow)
    else:
        tl.cu(c.pick("ACK"), sent="positive", slow=c.slow)
    if c.spec["long"]:
        if not ({"no_confirm", "no_resolution", "gbr_fail"} & set(c.spec["faults"])):
            second_issue(c, tl)
        filler(c, tl, c.spec["n_target"])
    forbidden_lines(c, tl, "late")
    if tl.pending:
        ok = not ({"no_resolution", "gbr_fail"} & set(c.spec["faults"]))
        pad_until(c, tl, max(p[2] for p in tl.pending), extra_ok=ok)
        tl.a(("", c.pick("NOTED")))
    closing_inbound(c, tl)


def build_outbound(c: CallCtx, tl: Timeline) -> None:
    rng = c.rng
    scen = c.spec["scen"]
    c.cats = list(scen["cats"])
    plan_forbidden(c)
    lat = c.bank("OB_LATE")
    tl.a(("", c.pick("OB_OPEN")))
    tl.cu(c.pick("OB_ANSWER"), slow=c.slow)
    mode = {}
    for k, f in (("I", "ob_no_self"), ("C", "ob_no_company"), ("R", "ob_no_recording"),
                 ("Q", "ob_no_consent")):
        mode[k] = rng.choice(["absent", "late"]) if f in c.faults else "ok"
    if mode["R"] != "ok":
        mode["Q"] = "absent"
    late_p = "ob_no_purpose" in c.faults
    intro: list[tuple[str, str]] = []
    if mode["I"] == "ok" and mode["C"] == "ok" and rng.random() < 0.5:
        intro.append(("ob_self ob_company", c.pick("OB_CI") + "."))
    else:
        if mode["I"] == "ok":
            intro.append(("ob_self", c.pick("OB_I") + ","))
        if mode["C"] == "ok":
            intro.append(("ob_company", c.pick("OB_C") + "." if intro else c.pick("OB_C_ALONE")))
        if not intro:
            intro.append(("", "Hi, it's just a quick call." if c.lang == "en"
                          else "Dạ {e} gọi có chút việc ạ."))
    for k, tag in (("I", "ob_self"), ("C", "ob_company")):
        if mode[k] == "late":
            tl.pending.append((tag, lat[k][0], 32.1))
            c.decoys.append(f"late_{tag}")
    purpose = ("ob_purpose", rng.choice(scen["purpose"]))
    rec = [("ob_rec", c.pick("OB_R"))] if mode["R"] == "ok" else []
    if mode["R"] == "late":
        tl.pending.append(("ob_rec", lat["R"][0], 62.1))
        c.decoys.append("late_recording_disclosure")
    if mode["R"] == "absent" and rng.random() < 0.5:
        c.forb_stage["rec_delivery"] = "mid"
    cons = [("ob_consent", c.pick("OB_Q"))] if mode["Q"] == "ok" else []
    if mode["Q"] == "late" and mode["R"] == "ok":
        tl.pending.append(("ob_consent", lat["Q"][0], 92.1))
        c.decoys.append("late_consent")
    order = rng.random()
    asked = bool(cons)
    if late_p:
        tl.a(*intro, *rec, *cons)
        if asked:
            tl.cu(c.pick("OB_QYES"))
        for q, a in c.bank("OB_DPA"):
            tl.a(("", q))
            tl.cu(a, slow=1.3)
        pad_until(c, tl, 62.5)
        tl.a(purpose)
        c.decoys.append("security_before_purpose")
    elif tl.pending and rng.random() < 0.6:
        tl.a(*intro, *rec, *cons)
        if asked:
            tl.cu(c.pick("OB_QYES"))
        q, a = c.bank("OB_DPA")[0]
        tl.a(("", q))
        tl.cu(a, slow=1.3)
        tl.a(purpose)
        c.decoys.append("security_check_outbound")
    elif order < 0.4:
        tl.a(*intro, purpose, *rec, *cons)
        if asked:
            tl.cu(c.pick("OB_QYES"))
    else:
        tl.a(*intro, *rec, *cons)
        if asked:
            tl.cu(c.pick("OB_QYES"))
        tl.a(purpose)
    neg = bool(scen.get("neg"))
    kind = "angry" if neg else c.spec["anger_kind"]
    tl.cu(rng.choice(scen["cust"]), sent="negative" if neg else "neutral", slow=c.slow)
    if neg:
        reply_to_anger(c, tl, kind, [])
    elif c.spec["anger"]:
        anger_turn(c, tl, kind, "open")
    forbidden_lines(c, tl, "early")
    if c.forb_stage.get("rec_delivery"):
        tl.a(("", c.pick("RECORDED_DELIVERY")))
        c.decoys.append("recorded_delivery_not_disclosure")
    tl.a(("", rng.choice(scen["body"])))
    tl.cu(c.pick("ACK"), sent="positive", slow=c.slow)
    forbidden_lines(c, tl, "mid")
    if c.spec["long"]:
        filler(c, tl, c.spec["n_target"])
    forbidden_lines(c, tl, "late")
    if tl.pending:
        pad_until(c, tl, max(p[2] for p in tl.pending), extra_ok=True)
        tl.a(("", c.pick("NOTED")))
    tl.a(("", c.pick("OB_CLOSE")), sent="positive")
    tl.cu(c.pick("CUST_BYE"), sent="positive")


# ---------------------------------------------------------------- truth from timings
class Ambiguous(Exception):
    """A tagged piece sits within MARGIN_S of a window edge: the call is drawn again."""


def _plain(text: str) -> str:
    return " " + re.sub(r"[^a-z0-9 ]", " ", strip_all(text.lower())) + " "


def compute_truth(c: CallCtx, tl: Timeline) -> dict[str, str]:
    segs = tl.segments
    end = segs[-1]["end"]
    m = MARGIN_S

    def spans(tag: str) -> list[tuple[float, float, float]]:
        return [(s, e, segs[i]["start"]) for tags, s, e, i in tl.spans if tag in tags]

    def first(tag: str, edge: float) -> float | None:
        hit = None
        for s, _e, ss in spans(tag):
            if s <= edge - m and ss <= edge - m:
                hit = s if hit is None else min(hit, s)
            elif not (s >= edge + m and ss >= edge + m):
                raise Ambiguous(tag)
        return hit

    def last(tag: str) -> float | None:
        w = end - 25.0
        hit = None
        for s, e, ss in spans(tag):
            if s >= w + m and ss >= w + m:
                hit = s if hit is None else min(hit, s)
            elif not (e <= w - m):
                raise Ambiguous(tag)
        return hit

    def pf(x: Any) -> str:
        return "pass" if x else "fail"

    t: dict[str, str] = {r: "not_applicable" for r in RULES}
    if c.spec["direction"] == "inbound":
        g = first("greet", 20.0)
        t["inbound/greeting"] = pf(g is not None)
        t["inbound/company_name"] = pf(first("company", 20.0) is not None)
        t["inbound/self_intro"] = pf(first("intro", 30.0) is not None)
        t["inbound/offer_help"] = pf(first("help", 45.0) is not None)
        t["inbound/confirm_problem"] = pf(spans("confirm"))
        res = [s for s, _e, _ss in spans("resolve")]
        t["inbound/resolution"] = pf(res)
        t["inbound/anything_else"] = pf(spans("anyelse"))
        th, by = last("thanks"), last("bye")
        t["inbound/thanks"] = pf(th is not None)
        t["inbound/goodbye"] = pf(by is not None)
        if g is not None and res:
            t["inbound/greeting_before_resolution"] = pf(g < min(res))
        if th is not None and by is not None:
            t["inbound/thanks_before_goodbye"] = pf(th < by)
        for s, _e, _ss in spans("thx_mid"):
            if s >= end - 25.0 - m:
                raise Ambiguous("thx_mid")
    else:
        t["outbound/identify_self"] = pf(first("ob_self", 30.0) is not None)
        t["outbound/identify_company"] = pf(first("ob_company", 30.0) is not None)
        t["outbound/purpose"] = pf(first("ob_purpose", 60.0) is not None)
        rec = first("ob_rec", 60.0) is not None
        t["outbound/recording_disclosure"] = pf(rec)
        if rec:
            t["outbound/consent"] = pf(first("ob_consent", 90.0) is not None)
    angry = [(s["start"], s["end"]) for s, lab in zip(segs, tl.sentiment, strict=True)
             if s["speaker"] == "customer" and lab == "negative"]
    events = [(r["start_s"], r["start_s"] + 0.5) for r in tl.raised]
    starts = [a for a, _ in angry] + [a for a, _ in events]
    if starts:
        a0 = min(starts)
        ok = False
        for s, _e, _ss in spans("empathy"):
            if s < a0:
                raise Ambiguous("empathy before anger")
            if a0 + 0.3 <= s <= a0 + 20.0 - m:
                ok = True
            elif s < a0 + 20.0 + m:
                raise Ambiguous("empathy edge")
        t["angry_caller/empathy"] = pf(ok)
        fail = False
        for it in tl.interruptions:
            x = it["start_s"]
            for lo, hi in angry + events:
                if lo <= x <= hi:
                    fail = True
                elif lo - m < x < hi + m:
                    raise Ambiguous("interruption edge")
        t["angry_caller/no_interrupting_angry_customer"] = pf(not fail)
    t["angry_caller/no_blame"] = pf(not spans("blame"))
    t["forbidden/profanity"] = pf(not spans("prof"))
    if c.lang == "vi":
        t["forbidden/profanity_vi_strict"] = pf(not spans("strict"))
    t["forbidden/rude"] = pf(not spans("rude"))
    t["forbidden/no_card_readback"] = pf(not spans("card"))
    lint(c, tl, t, starts)
    return t


EN_EMP_WORDS = [" sorry ", " understand ", " frustrat", " upset", " condolence", " loss "]
VI_EMP_WORDS = [" xin loi ", " hieu ", " thong cam ", " chia buon ", " thuong ", " tiec "]


def lint(c: CallCtx, tl: Timeline, t: dict[str, str], starts: list[float]) -> None:
    """Guard the wordings: a rule that is meant to fail must have no stray evidence."""
    segs = [s for s in tl.segments if s["speaker"] == "agent"]
    end = tl.segments[-1]["end"]
    en = c.lang == "en"

    def said(words: list[str], lo: float, hi: float, key: str = "start",
             toned_only: bool = False) -> bool:
        text = " ".join(_plain(s["text"]) for s in segs if lo <= s[key] <= hi)
        toned = " ".join(" " + unpunct(s["text"].lower()) + " " for s in segs
                         if lo <= s[key] <= hi)
        return any((w in text and not toned_only) or w in toned for w in words)

    given = c.given.lower() if not en else _plain(c.given).strip()
    name = [" " + given + " "] + [" " + v + " " for v in c.misheard.values()]
    company = [" acme ", " acne ", " abc ", " a b c ", " ay bi "]
    checks = {
        "inbound/greeting": ([" hello ", " hi ", " morning ", " afternoon ", " evening ",
                              " welcome ", " well come ", " chao ", " hiya "], 0, 22.0),
        "inbound/company_name": (company, 0, 22.0),
        "inbound/self_intro": (name, 0, 32.0),
        "inbound/offer_help": ([" help ", " assist ", " ho tro ", " giup "], 0, 47.0),
        "outbound/identify_self": (name, 0, 32.0),
        "outbound/identify_company": (company, 0, 32.0),
        "outbound/recording_disclosure": ([" record", " ghi am "], 0, 62.0),
        "outbound/consent": ([" okay with ", " happy to ", " consent ", " dong y "], 0, 92.0),
        "inbound/anything_else": ([" anything else ", " any thing else ", " anything more ",
                                   " something else ", " further ", " them gi ", " con chi ",
                                   " khac khong "], 0, 1e9),
    }
    for rule, (words, lo, hi) in checks.items():
        if t[rule] == "fail" and said(words, lo, hi, toned_only=words is name and not en):
            raise Ambiguous("lint " + rule)
    if t["inbound/thanks"] == "fail" and said(
            [" thank", " cheers ", " cam on ", " ta "], end - 27.0, 1e9, "end"):
        raise Ambiguous("lint thanks")
    if t["inbound/goodbye"] == "fail" and said(
            [" bye ", " cheerio ", " chao ", " tam biet "], end - 27.0, 1e9, "end"):
        raise Ambiguous("lint goodbye")
    if t["angry_caller/empathy"] == "fail":
        a0 = min(starts)
        if said(EN_EMP_WORDS if en else VI_EMP_WORDS, a0, a0 + 22.0):
            raise Ambiguous("lint empathy")


# ---------------------------------------------------------------- specs and output
def conflicts(have: set[str], tok: str) -> bool:
    return any((tok in a and have & b) or (tok in b and have & a) for a, b in CONFLICTS)


def make_specs(rng: random.Random) -> list[dict[str, Any]]:
    specs: list[dict[str, Any]] = []
    for lang in ("en", "vi"):
        agents = EN_AGENTS if lang == "en" else VI_AGENTS
        inb = EN_IN if lang == "en" else VI_IN
        outb = EN_OUT if lang == "en" else VI_OUT
        weights = [3 if "card_lost" in s["cats"] else 2 if s["cats"] else 1 for s in inb]
        calls: list[dict[str, Any]] = []
        for k in range(150):
            direction = "inbound" if k < 110 else "outbound"
            scen = (rng.choices(inb, weights)[0] if direction == "inbound"
                    else outb[k % len(outb)])
            calls.append({"lang": lang, "direction": direction, "scen": scen,
                          "agent": rng.choice(agents), "faults": [],
                          "long": rng.random() < 0.2})
        rng.shuffle(calls)
        clean = set(rng.sample(range(150), 18))
        tokens: list[str] = []
        tokens += [f for f in OUTBOUND_FAULTS for _ in range(9)]
        tokens += [f for f in INBOUND_FAULTS for _ in range(9)]
        any_tok = [f for f in ANY_FAULTS for _ in range(9)]
        any_tok += ["profanity"] * (9 if lang == "en" else 2) + ["strict"] * (
            0 if lang == "en" else 10)
        rng.shuffle(any_tok)
        tokens += any_tok
        for tok in tokens:
            want = ("outbound" if tok.startswith("ob_") else
                    "inbound" if tok in INBOUND_FAULTS else None)
            cands = [i for i, c in enumerate(calls) if i not in clean
                     and (want is None or c["direction"] == want)
                     and tok not in c["faults"] and not conflicts(set(c["faults"]), tok)]
            low = min(len(calls[i]["faults"]) for i in cands)
            pick = rng.choice([i for i in cands if len(calls[i]["faults"]) == low])
            calls[pick]["faults"].append(tok)
        specs.extend(calls)
    for sp in specs:
        f = set(sp["faults"])
        neg = bool(sp["scen"].get("neg"))
        if not neg and (f & {"no_empathy", "interrupt"} or rng.random() < 0.28):
            sp["anger"] = rng.choice(["open", "mid", "late"])
        else:
            sp["anger"] = None
        sp["anger_kind"] = rng.choice(["angry", "angry", "angry", "swear", "distress"])
        sp["decoy_interrupt"] = rng.random() < 0.2 and "interrupt" not in f
        sp["n_target"] = rng.randint(20, 30) if sp["long"] else 0
    return specs


def build_call(spec: dict[str, Any], idx: int) -> dict[str, Any]:
    spec = dict(spec)
    for attempt in range(400):
        rng = random.Random(f"{SEED}-{idx}-{attempt}")
        c = CallCtx(spec, rng)
        tl = Timeline(c)
        if spec["direction"] == "inbound":
            build_inbound(c, tl)
        else:
            build_outbound(c, tl)
        n = len(tl.segments)
        if n > 15 and not spec["long"] and attempt >= 60:
            spec["long"] = True
            spec["n_target"] = max(spec["n_target"], 22)
        if tl.pending or not (5 <= n <= 15 or 20 <= n <= 35):
            continue
        try:
            truth = compute_truth(c, tl)
        except Ambiguous:
            continue
        expected = {FAULT_RULE[f] for f in spec["faults"]}
        if "strict" in spec["faults"]:
            expected.add("forbidden/profanity")
        fails = {r for r, v in truth.items() if v == "fail"}
        if fails != expected:
            continue
        cats = list(c.cats)
        had_anger = any(lab == "negative" and s["speaker"] == "customer"
                        for s, lab in zip(tl.segments, tl.sentiment, strict=True))
        if c.complained and "complaint" not in cats:
            cats.append("complaint")
        if not had_anger and spec["anger"]:
            continue
        lang = spec["lang"]
        return {
            "id": f"{lang}-heldout7-{spec['num']:03d}", "split": "heldout7", "language": lang,
            "metadata": {"direction": spec["direction"],
                         "queue": ("outbound-" if spec["direction"] == "outbound" else "")
                         + spec["scen"]["q"],
                         "agent_name": spec["agent"], "language": lang},
            "faults": sorted(spec["faults"]), "decoys": sorted(set(c.decoys)),
            "context": f"{spec['scen']['q']}/{c.profile}"
                       + ("/long" if spec["long"] else ""),
            "segments": tl.segments, "sentiment": tl.sentiment,
            "metrics": {"speaker_separated": True, "interruptions": tl.interruptions,
                        "raised_voice": tl.raised},
            "truth": truth, "categories": [x for x in CATEGORIES if x in cats],
        }
    raise SystemExit(f"call {idx} could not be drawn: {spec['faults']}")


def validate(rows: list[dict[str, Any]]) -> None:
    for r in rows:
        assert set(r["truth"]) == set(RULES), r["id"]
        assert len(r["sentiment"]) == len(r["segments"]), r["id"]
        prev = -1.0
        for s in r["segments"]:
            assert s["start"] > prev and s["end"] > s["start"], r["id"]
            prev = s["start"]
            assert [w[2] for w in s["words"]] == s["text"].split(" "), r["id"]
            for w0, w1, _ in s["words"]:
                assert s["start"] - 1e-6 <= w0 < w1 <= s["end"] + 1e-6, r["id"]
        d = r["metadata"]["direction"]
        for rule, v in r["truth"].items():
            if rule.startswith("inbound/") and d == "outbound":
                assert v == "not_applicable", (r["id"], rule)
            if rule.startswith("outbound/") and d == "inbound":
                assert v == "not_applicable", (r["id"], rule)
        if r["language"] == "en":
            assert r["truth"]["forbidden/profanity_vi_strict"] == "not_applicable"
        if r["truth"]["forbidden/profanity_vi_strict"] == "fail":
            assert r["truth"]["forbidden/profanity"] == "fail"
        check_text(r)


SWEARS = re.compile(r"\b(fuck\w*|shit\w*|bullshit|dm|vl|vcl|deo|dit me|đéo|địt|đụ|vãi)\b")
CARD_RE = re.compile(r"\b\d{4} \d{4} \d{4} \d{4}\b|cvv|security code|ma bao mat|"
                     r"four five three nine|chin bay khong bon")


def check_text(r: dict[str, Any]) -> None:
    """Labels against the words themselves, independent of the tags the builder used."""
    agent = [s for s in r["segments"] if s["speaker"] == "agent"]
    said = " ".join(s["text"].lower() for s in agent)
    t = r["truth"]
    strict = any(w.strip(".,!?") in STRICT_WORDS for w in said.split())
    assert strict == (t["forbidden/profanity_vi_strict"] == "fail"), r["id"]
    assert bool(SWEARS.search(said)) == (t["forbidden/profanity"] == "fail"), r["id"]
    card = bool(CARD_RE.search(strip_all(said)))
    assert card == (t["forbidden/no_card_readback"] == "fail"), r["id"]
    for ev in r["metrics"]["raised_voice"]:
        assert any(s["speaker"] == "customer" and s["start"] <= ev["start_s"] < ev["end_s"]
                   <= s["end"] for s in r["segments"]), r["id"]
    for it in r["metrics"]["interruptions"]:
        assert any(s["speaker"] == "customer" and s["start"] < it["start_s"] < s["end"]
                   for s in r["segments"]), r["id"]
        assert any(s["speaker"] == "agent" and s["start"] == it["start_s"] for s in agent)
    angry = any(lab == "negative" and s["speaker"] == "customer"
                for s, lab in zip(r["segments"], r["sentiment"], strict=True))
    na = t["angry_caller/empathy"] == "not_applicable"
    assert na == (not angry and not r["metrics"]["raised_voice"]), r["id"]


def counts_table(rows: list[dict[str, Any]]) -> str:
    lines = ["| rule | fail en | fail vi | pass en | pass vi | n/a |", "|---|---|---|---|---|---|"]
    for rule in RULES:
        cnt = Counter((r["language"], r["truth"][rule]) for r in rows)
        na = cnt[("en", "not_applicable")] + cnt[("vi", "not_applicable")]
        lines.append(f"| {rule} | {cnt[('en', 'fail')]} | {cnt[('vi', 'fail')]} | "
                     f"{cnt[('en', 'pass')]} | {cnt[('vi', 'pass')]} | {na} |")
    lines += ["", "| category | en | vi | total |", "|---|---|---|---|"]
    for cat in CATEGORIES:
        en = sum(1 for r in rows if cat in r["categories"] and r["language"] == "en")
        vi = sum(1 for r in rows if cat in r["categories"] and r["language"] == "vi")
        lines.append(f"| {cat} | {en} | {vi} | {en + vi} |")
    return "\n".join(lines)


def main() -> None:
    rng = random.Random(SEED)
    specs = make_specs(rng)
    rows: list[dict[str, Any]] = []
    per_lang: Counter[str] = Counter()
    for idx, spec in enumerate(specs):
        spec["num"] = per_lang[spec["lang"]]
        per_lang[spec["lang"]] += 1
        rows.append(build_call(spec, idx))
    validate(rows)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    OUT.write_text(data, encoding="utf-8")
    print(counts_table(rows))
    segs = [len(r["segments"]) for r in rows]
    print(f"\n{len(rows)} calls; segments {min(segs)}-{max(segs)}; long "
          f"{sum(n >= 20 for n in segs)}; inbound "
          f"{sum(r['metadata']['direction'] == 'inbound' for r in rows)}")
    print("sha256", hashlib.sha256(data.encode("utf-8")).hexdigest(), file=sys.stderr)


if __name__ == "__main__":
    main()
