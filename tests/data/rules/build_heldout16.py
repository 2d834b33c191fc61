"""Build heldout16: a blind held-out set for the compliance rules and call categories.

Standard library only. ``python3 build_heldout16.py`` writes heldout16.jsonl next to this file,
validates it and prints the count tables; ``--check`` rebuilds in memory and checks the written
file is byte-identical. Every wording here was written for this set.
"""

import hashlib
import json
import random
import sys
import unicodedata
from pathlib import Path

SEED = "heldout16-20261604"
OUT = Path(__file__).with_name("heldout16.jsonl")

KEYS = [
    "inbound/greeting", "inbound/company_name", "inbound/self_intro", "inbound/offer_help",
    "inbound/confirm_problem", "inbound/resolution", "inbound/anything_else", "inbound/thanks",
    "inbound/goodbye", "inbound/greeting_before_resolution", "inbound/thanks_before_goodbye",
    "outbound/identify_self", "outbound/identify_company", "outbound/purpose",
    "outbound/recording_disclosure", "outbound/consent", "angry_caller/empathy",
    "angry_caller/no_blame", "angry_caller/no_interrupting_angry_customer",
    "forbidden/profanity", "forbidden/profanity_vi_strict", "forbidden/rude",
    "forbidden/no_card_readback",
]
SHORT = {
    "greet": "inbound/greeting", "company": "inbound/company_name", "name": "inbound/self_intro",
    "offer": "inbound/offer_help", "restate": "inbound/confirm_problem",
    "resolve": "inbound/resolution", "anyelse": "inbound/anything_else",
    "thanks": "inbound/thanks", "bye": "inbound/goodbye",
    "gbr": "inbound/greeting_before_resolution", "tbg": "inbound/thanks_before_goodbye",
    "oname": "outbound/identify_self", "ocompany": "outbound/identify_company",
    "purpose": "outbound/purpose", "record": "outbound/recording_disclosure",
    "consent": "outbound/consent", "empathy": "angry_caller/empathy",
    "blame": "angry_caller/no_blame", "interrupt": "angry_caller/no_interrupting_angry_customer",
    "swear": "forbidden/profanity", "strict": "forbidden/profanity_vi_strict",
    "rude": "forbidden/rude", "card": "forbidden/no_card_readback",
}
INBOUND_RULES = ["gbr", "tbg", "greet", "resolve", "thanks", "bye", "company", "name", "offer",
                 "restate", "anyelse"]
OUTBOUND_RULES = ["consent", "record", "oname", "ocompany", "purpose"]
APART = [("greet", "gbr"), ("resolve", "gbr"), ("thanks", "tbg"), ("bye", "tbg"),
         ("thanks", "bye"), ("record", "consent")]
CATS = ["billing", "outage", "refund", "cancellation", "complaint", "card_lost",
        "address_change", "payment", "fraud"]

# ---------------------------------------------------------------- English wordings
EN_AGENTS = [
    ("Rhodri Pennant", "Rhodri", "hesitant"), ("Imogen Latchford", "Imogen", "hesitant"),
    ("Callum Brisco", "Callum", "apologiser"), ("Priya Ramdhanie", "Priya", "apologiser"),
    ("Tobias Wrenfield", "Tobias", "formal"), ("Bethan Goodacre", "Bethan", "formal"),
    ("Fergus Oduya", "Fergus", "mirror"), ("Leanne Castellow", "Leanne", "mirror"),
    ("Oskar Lindqvist", "Oskar", "summariser"), ("Nadia Farrokh", "Nadia", "summariser"),
    ("Marisol Etxeberria", "Marisol", "midname"), ("Dev Chaudhury", "Dev", "midname"),
]
EN_STYLE_DESC = {
    "hesitant": "new agent, hesitant, many fillers", "apologiser": "over-apologises",
    "formal": "very formal old-fashioned wording", "mirror": "mirrors the customer's slang",
    "summariser": "summarises at every step",
    "midname": "company name in the middle of a long greeting sentence",
}
# opening: greet, company, name, offer
EN_OPEN = {
    "hesitant": ["Um, hello,", "er, this is Acme Bank,", "I'm {n},",
                 "and, um, what can I help you with today?"],
    "apologiser": ["Good afternoon,", "Acme Bank customer line,", "{n} speaking,",
                   "what can I do to help?"],
    "formal": ["A very good day to you,", "you have reached Acme Bank,",
               "my name is {n}, at your service,", "and how may I be of assistance?"],
    "mirror": ["Hey there,", "Acme Bank,", "you've got {n},", "how can I help you out?"],
    "summariser": ["Hello and welcome,", "you're through to Acme Bank,", "I'm {n},",
                   "how can I help today?"],
    "midname": ["Good morning, you've come through to the", "Acme Bank phone team, who are here "
                "until nine tonight,", "and my name is {n},", "so how can I help?"],
}
EN_OPEN_NOGREET = {"company": "Acme Bank,", "name": "{n} here,", "offer": "how can I help?"}
EN_WEB_COMPANY = "you've reached the acmebank dot co dot uk phone line,"
EN_NAME_LINE = "you're on {n}'s line,"
EN_NAME_INITIAL = "agent {i} on the line,"
EN_OFFER_STATEMENT = "I'm on hand to get whatever's wrong put right."
EN_LATE_NAME = "Oh, I never said, I'm {n}, by the way."
EN_LATE_COMPANY = "While it loads, just so you know you're on hold with Acme Bank's card team."
EN_LATE_OFFER = "Right, you're verified now, so what can I help you with?"
EN_PRE_OFFER_ID = ["Before anything, I need to run some security checks.",
                   "What's your full date of birth?"]
EN_STYLE_TOUCH = {
    "hesitant": "Um, er, okay,", "apologiser": "Sorry, bear with me a tick,",
    "formal": "Very good,", "mirror": "Nice one, no worries,",
    "summariser": "So far we've covered who you are, and",
    "midname": "Right then,",
}

EN_IN = [
    # problem, restatement, resolution, categories, decoy
    ("My savings pot round-up took forty quid off one coffee, which can't be right.",
     "the round-up moved far more into your pot than that purchase should have.",
     "I've moved the forty pounds back to your current account, and round-ups are capped at a "
     "pound each from today.", [], None),
    ("I graduated in June and a letter says my student overdraft ends and I'll start paying.",
     "you've finished your degree and you're worried the overdraft will start costing you.",
     "I've moved you to our graduate account, which keeps it interest-free for two more years; "
     "the confirmation will be in your app within the hour.", ["billing"], None),
    ("The wildlife charity direct debit came out twice this month and I want one back.",
     "one monthly gift was collected twice and you'd like the extra one returned.",
     "I've raised a direct debit claim, and the twelve pounds will be back in your account by "
     "Thursday.", ["billing", "refund"], None),
    ("I paid a rental deposit to a landlord who turned out to be fake, eight hundred pounds.",
     "you paid a deposit on a flat that didn't exist and the person has vanished with it.",
     "I've logged a scam claim and asked the receiving bank to freeze the money; our scam team "
     "will ring you tomorrow before noon with the outcome.", ["fraud", "refund"], None),
    ("My card keeps getting declined at the hotel desk in Lisbon and they want paying tonight.",
     "your card is being refused at the hotel abroad and you need it working tonight.",
     "There was a travel block on it; I've lifted it, so ask the desk to try again in two "
     "minutes.", [], None),
    ("I'm starting a food truck and I need a business account to take cards at festivals.",
     "you want a business account for the new food truck so you can accept card payments.",
     "I've started the application; an upload link for your ID comes by email today and the "
     "account opens within five working days.", [], None),
    ("There's a letter from you here for the previous tenant, and I don't want their post.",
     "you're getting letters meant for the person who lived at that address before you.",
     "I've flagged the address on their record so we stop writing there; just mark the letter "
     "return to sender.", [], "address_mentioned_not_changed"),
    ("My ISA transfer from the other provider has been stuck for six weeks now.",
     "your ISA hasn't arrived with us after six weeks.",
     "The other provider hadn't sent the funds; I've chased them with a deadline of Friday and "
     "I'll text you when the money lands.", [], None),
    ("I want to open a savings account for my granddaughter, she's four.",
     "you'd like to open a children's saver for your four-year-old granddaughter.",
     "I've booked you in at the High Street branch on Tuesday at ten; bring her birth "
     "certificate and your ID.", [], None),
    ("I bought a car privately, paid by transfer, and the seller says the money came back, so I "
     "need to pay him again properly.",
     "your transfer for the car bounced back and you need to send the payment again.",
     "The seller's account name didn't match; I've resent the money to the corrected details "
     "and it'll arrive within two hours.", ["payment"], None),
    ("My salary went into my old account that I closed last month, so where's my money?",
     "your wages were paid to the account you closed and you can't see them anywhere.",
     "The payment went back to your employer's bank this morning; if payroll resends it to "
     "your new account it clears the same day.", [], None),
    ("The gig I had tickets for was cancelled and the ticket site won't give my money back.",
     "the show was called off and the seller is refusing to refund the tickets.",
     "I've opened a chargeback for the hundred and ten pounds; a temporary credit shows within "
     "five days.", ["refund"], None),
    ("I got a letter about an interest rate change and I don't understand a word of it.",
     "the rate letter is confusing and you want to know what it means for you.",
     "Put simply, your savings rate goes up by a quarter of a percent on the first of next "
     "month, and you needn't do anything.", [], None),
    ("My home insurance premium came out of the joint account instead of my own one.",
     "the insurance payment was taken from the joint account rather than your personal one.",
     "I've moved the mandate to your personal account from next month and put this month's "
     "premium back into the joint account.", ["billing"], None),
    ("I typed my PIN wrong three times at the shop and now the card won't work.",
     "three wrong PIN attempts have blocked the card.",
     "I've reset it; put the card in any of our cash machines, choose PIN services, and it "
     "unlocks straight away.", [], None),
    ("I need to take out more cash than the daily limit allows, it's for a van deposit.",
     "you need a higher daily cash limit so you can take out the deposit for the van.",
     "I've raised your limit to a thousand pounds for the next seven days, starting now.",
     [], None),
    ("The app just shows a white screen every time I open it since yesterday.",
     "the app won't get past a blank screen since yesterday.",
     "The latest update has a fault; reinstalling it from the app store fixes it, and a full "
     "fix goes out tonight.", ["outage"], None),
    ("Your website won't let me log in, it keeps saying something went wrong.",
     "the online banking login keeps failing with an error.",
     "Our login service had a fault this morning, fixed now; clear your browser history and "
     "you'll get straight in.", ["outage"], None),
    ("I'd like to cancel my credit card, I never use the thing.",
     "you want to close the credit card because it's sitting unused.",
     "It's closed now with a nil balance; a closing letter comes within seven days and you can "
     "cut the card up.", ["cancellation"], None),
    ("I want to cancel the packaged account, I don't need the phone insurance and all that.",
     "you'd like to drop the paid account with the bundled insurance.",
     "I've switched you to the free everyday account from today, so the monthly fee stops.",
     ["cancellation"], None),
    ("I've lost my debit card somewhere between the gym and the bus stop.",
     "your card went missing on the way home from the gym.",
     "I've cancelled it and ordered a new one for three to five working days; your phone wallet "
     "still works meanwhile.", ["card_lost"], None),
    ("Someone nicked my wallet on the train with my debit card in it.",
     "your wallet with the card was stolen on the train.",
     "The card is stopped and a replacement goes out first class today.", ["card_lost"], None),
    ("I thought I'd lost my card, hang on, oh, it's here in my coat pocket after all.",
     "you thought the card had gone, but it's turned up in your coat.",
     "As it never left you, I've left it active and nothing more is needed.", [],
     "card_found_during_call"),
    ("I've moved into a flat in Swansea and need my address updated.",
     "you've moved to Swansea and the account needs the new address.",
     "Done: the new address is on your account and a confirmation letter goes there in three "
     "days.", ["address_change"], None),
    ("We've moved house and I'd like the statements going to the new place.",
     "you've moved and want your post going to the new house.",
     "I've updated the address on both your accounts; your next statement goes to the new "
     "house.", ["address_change"], None),
    ("I want to pay off my credit card balance from my current account today.",
     "you want to clear the card balance using money in your current account.",
     "I've set up the transfer of three hundred and twelve pounds, and the card shows a nil "
     "balance tomorrow morning.", ["payment"], None),
    ("I'd like to make an extra payment to my loan this month.",
     "you want to pay something extra off the loan this month.",
     "I've taken an extra two hundred pounds from your current account to the loan; it shows "
     "tonight.", ["payment"], None),
    ("I paid my card bill yesterday, I'm only ringing to check it arrived.",
     "you want to be sure yesterday's card payment got there.",
     "Yes, the ninety pounds reached the card this morning.", [], "payment_already_made"),
    ("There are three payments to an online casino I've never heard of, and I want that money "
     "back.",
     "three casino payments you didn't make have come out and you'd like them reversed.",
     "I've stopped the card and marked all three as fraud; the money is back within five "
     "working days and a new card arrives by Friday.", ["fraud", "refund"], None),
    ("My mate's had money taken from his account by someone, what should he do?",
     "a friend of yours has had money taken from his own account.",
     "He needs to ring us himself on the number on his card, or use the chat in his app, and "
     "we'll block it straight away.", [], "fraud_on_friends_account"),
    ("You refunded that overdraft fee last week, I just want to know why it was charged.",
     "the fee is already back with you and you want to know why it appeared at all.",
     "It was charged because your wages landed a day late; with the refund done, you're square.",
     ["billing"], "refund_already_received"),
    ("I want to make a formal complaint, the Cardiff branch turned me away at the counter.",
     "you were refused service in the Cardiff branch and want that formally looked at.",
     "I've logged the complaint and the complaints team will write to you within five working "
     "days.", ["complaint"], None),
    ("Why is there a six pound fee on my statement called non-sterling transaction?",
     "there's a foreign fee on your statement you weren't expecting.",
     "That's charged when you pay in another currency; I've added a fee-free travel card option "
     "to your app so you can avoid it next time.", ["billing"], None),
    ("The cash machine outside your Station Road branch has been showing a blank screen "
     "all week.", "the cash machine at Station Road isn't working and hasn't been for days.",
     "I've logged it with the branch engineers for tomorrow morning; the nearest working one is "
     "in the Co-op across the road.", ["outage"], None),
    ("I changed my phone number and now the security codes aren't coming through.",
     "the one-time codes are still going to your old number.",
     "I've sent a form to your email; once you sign it, codes go to the new number within the "
     "hour.", [], None),
]
EN_CONFIRM = ["That's it, yeah.", "Spot on.", "Yep, that's the one.", "That's what's going on.",
              "You've got it."]
EN_LATE_CONFIRM = "And yes, what you said before, that's exactly my problem."
EN_RESTATE_Q = "Have I got this right: {r}"
EN_RESTATE_PRE = ["Okay, so", "Right, so", "Let me check I follow:"]
EN_WRONG = "Just so I'm clear, is this about ordering a new chequebook?"
EN_WRONG_NO = "No, no, nothing to do with chequebooks."
EN_WRONG_MOVE_ON = "Okay, fine."
EN_BARE_ACK = "Okay, right."
EN_NO_RESTATE = "Let me pull your account up."
EN_VAGUE = ["Leave it with us and it'll get looked at.",
            "I've made a note, so somebody should pick it up at some point.",
            "I'll pass it over to the right people and they'll be in contact."]
EN_CUST_ACK = ["Okay, brilliant.", "Right, that's a relief.", "Fair enough, cheers.",
               "Great, that works."]
EN_ID = [("Can I take your date of birth, please?", "Third of May, nineteen seventy-nine."),
         ("And the first line of your address?", "Twenty-two Mill Lane.")]
EN_ID_OK = "Lovely, that all matches."
EN_CARD_ASK = "Could you read me the long number across the front of the card?"
EN_CARDS = ["4929 6603 1187 2045", "5301 7722 9046 1138", "4487 0391 6650 7724"]
EN_CARD_BACK = "So that's {c}, yes?"
EN_LAST4 = "Great, the card ending {l}."
EN_CVV_ASK = "And the three digits on the back?"
EN_CVV = ["318", "642", "907"]
EN_CVV_BACK = "So the security code is {v}, got it."
EN_HOLD = "Let me look into that, one moment."
EN_HOLD_BACK = "Right, I'm back, thanks for holding on."
EN_HOLD_BACK_PLAIN = "Right, I'm back with you."
EN_ANYELSE = ["Is there anything else I can do for you?", "Was there anything else today?",
              "Can I sort anything else out while you're on?"]
EN_ANYELSE_SCOPED = "Anything else on the card while I've got you?"
EN_NO_MORE = ["No, that's all I needed.", "Nope, that's me done.", "No, that covers it."]
EN_THANKS = ["Thank you for calling Acme Bank.", "Thanks ever so much for ringing today.",
             "Thank you for your patience today."]
EN_BYE = ["Goodbye now.", "Take care, bye.", "Have a lovely evening."]
EN_CUST_BYE = ["Bye then.", "Cheerio.", "Bye bye."]
EN_CUST_LATE_Q = ("Oh, before you go, are branches open Saturdays?", "They are, nine till one.")
EN_FIRST_Q = ("Hello? Are you open on Easter Monday?",
              "No, we're closed on Easter Monday, we open again Tuesday at nine.")
EN_FIRST_HELLO = "Hello? Is this the bank?"
EN_FIRST_NOT_ANSWER = "Sorry, the line's only just connected."
EN_ANGER = [
    ("This is ridiculous, I've rung twice already and nobody sorts it out!", ["complaint"],
     None),
    ("I'm absolutely livid, your bank has made a complete mess of this!", ["complaint"], None),
    ("Frankly it's shambolic and I want it taken higher!", ["complaint"], None),
    ("Your daft rule about branch ID is ridiculous and I'm sick to death of it!",
     ["complaint"], "policy_anger"),
    ("Honestly, that lot have wrecked my whole month, I could scream!", [],
     "third_party_anger"),
    ("I'm fed up of being passed from pillar to post, it's not good enough!", ["complaint"],
     None),
]
EN_EMPATHY = ["I'm really sorry this has been such a slog for you.",
              "That sounds genuinely stressful, and I'm sorry.",
              "I completely understand why you're cross.",
              "I'm so sorry, that's a rotten thing to deal with."]
EN_POLICY_EMPATHY = "I understand the rule is frustrating, and I'll explain what I can do."
EN_EMPATHY_OTHER = "Oh, and sorry the hold music was so loud earlier."
EN_LATE_EMPATHY = "I'm sorry it's been so maddening."
EN_BLAME = [
    "Well, that's what happens when you hand your card to your son.",
    "You should have called us the moment it happened.",
    "You let your son use it, so really that's down to your household.",
    "You ignored our texts, and that's why it got blocked.",
    "If you'd read the letter properly we wouldn't be here, would we?",
    "Why would you send money to someone you'd never met?",
    "You clicked the link, didn't you?",
    "People who leave it this late usually end",
    "Honestly, you brought this on yourself by ignoring the",
    "Did you not think to check the account before now?",
]
EN_POLITE = ["Calling us straight away was exactly right.",
             "It's possible our messages never got through to your phone.",
             "None of this is down to you."]
EN_RUDE = [
    "Do you actually know which account you're asking about?",
    "I haven't got all afternoon for this.",
    "Calm down, it's only money.",
    "If you keep on like this I'm putting the phone down.",
    "Oh brilliant, another genius with a password problem.",
    "Can you speak properly? I can't follow that accent.",
    "At your age I suppose apps are a bit much.",
    "Whatever, not my department.",
    "Look, read the website like everybody else does.",
    "That's your problem, not",
]
EN_SWEAR = ["Shit, the screen's frozen again.", "Oh for fuck's sake, it's logged me out.",
            "Bollocks, wrong account.", "This crap system never loads.",
            "Bastard thing's crashed.", "Piss, I've lost the page.",
            "Fucking hell, it's slow today.", "Shitty connection, hang on.",
            "Crap, the form's wiped itself."]
EN_SPEAKERS = [
    ("a Welsh hill farmer", "I'm up on the hill with the ewes, so bear with me,", None),
    ("a night-shift nurse, very tired", "Sorry, I've just come off nights and I'm shattered,",
     None),
    ("a retired teacher who corrects grammar", "Let me put this precisely, as I told my pupils,",
     None),
    ("a caller with a strong stammer", "I, I, I,", None),
    ("a busy parent with a crying baby", "Sorry about the noise, she's teething,", None),
    ("a caller who keeps asking for repeats", "", "repeat"),
    ("a small-business owner in a hurry", "Quick one, I've got customers waiting,", None),
    ("a Tagalog speaker, English second language", "Good day po, my English is not so good,",
     None),
    ("plain", "", None),
]
EN_REPEAT_ASK = "Sorry, can you say that again?"
EN_REPEAT_AGAIN = "Of course. Once more:"
EN_FILLER = [
    ("Could you confirm the mobile number we should text?", "It's the one ending 88."),
    ("Would you like paper statements or just the app?", "Just the app is fine."),
    ("Are you happy for me to add a note to your file?", "Sure, go ahead."),
    ("Do you still use the Newport branch?", "I do, when I go in at all."),
    ("Can I check your email still ends in outlook dot com?", "That's right."),
    ("Shall I switch on spending alerts while I'm in there?", "Go on then."),
    ("Is the card in your phone wallet as well?", "Yes, I tap with my phone mostly."),
    ("Do you want the reference number for today?", "Please, I've got a pen."),
]
# outbound: purpose, reply, next step, categories
EN_OUT = [
    ("there was a four hundred pound payment at an electronics site in Leeds this "
     "morning.", "That wasn't me, I've never bought anything there.",
     "I've stopped it and blocked the card; a new one reaches you in three working days.",
     ["fraud"]),
    ("your fixed-rate ISA matures next Friday and I wanted to go through your options.",
     "Oh right, I'd forgotten all about that.",
     "I'll send the options to your secure inbox today; if you do nothing it moves to easy "
     "access.", []),
    ("this month's loan payment didn't go through and I wanted to get it sorted with you.",
     "I changed jobs, I'll pay it now.",
     "I've taken the two hundred and forty pounds now, and no late fee applies.", ["payment"]),
    ("our letters to you keep coming back marked not known at this address.",
     "Yes, I moved in the spring, please change it to my new one.",
     "Updated; your next statement goes to the new address.", ["address_change"]),
    ("your premium account fee is going up next month and I wanted to explain the change.",
     "Then I'd rather cancel the premium part altogether.",
     "I've moved you to the standard account from the first, so the new fee never applies.",
     ["cancellation"]),
    ("your card's annual fee was taken twice this year.", "I did wonder, and I want it back.",
     "The second fee is refunded now and will show tomorrow.", ["billing", "refund"]),
    ("you reported the app crashing on transfers and I'm following it up.",
     "It still crashes every single time I try.",
     "Our engineers release a fix tonight, and I'll text you once it's live.", ["outage"]),
    ("we have an update on the complaint you made last week about the branch queue.",
     "Yes, and I want it taken to someone senior.",
     "I've passed it to the area manager, who will write to you by the twentieth.",
     ["complaint"]),
    ("the replacement card we sent after you reported yours lost came back to us.",
     "I'm still waiting for it, the old one never turned up.",
     "I've reissued it to your branch for collection from Monday.", ["card_lost"]),
    ("your mortgage payment is now ten days overdue.", "I know, I can pay it today.",
     "I've taken the payment now and your account is up to date.", ["payment"]),
    ("we spotted a login to your account from a device abroad.",
     "That's not me, I'm in Bristol and somebody's been in there.",
     "I've locked online access and reset your passcode; a new one comes by text in a minute.",
     ["fraud"]),
    ("we overcharged interest on your card last month and are putting it right.",
     "Good, so what's the correction?",
     "Fourteen pounds goes back onto the card today.", ["billing"]),
]
EN_OUT_HELLO = "Hello?"
EN_OUT_GREET = "Hi, good morning,"
EN_OUT_NAME = "my name's {n}"
EN_OUT_COMPANY = "and I'm calling from Acme Bank."
EN_OUT_COMPANY_ALONE = "I'm calling from Acme Bank."
EN_OUT_PURPOSE = "The reason for my call is that"
EN_OUT_RECORD = "Just so you know, this call is recorded."
EN_OUT_CONSENT = "Are you okay to carry on with that?"
EN_OUT_CONSENT_YES = "Yes, that's fine."
EN_OUT_WHO = "Sorry, who is this?"
EN_OUT_WHO_CO = "Sorry, which company did you say?"
EN_OUT_LATE_NAME = "Apologies, I'm {n}."
EN_OUT_LATE_CO = "Apologies, it's Acme Bank."
EN_OUT_ID = ("Before I say why I'm calling, can you confirm your postcode for me?",
             "CF10 4AB.")
EN_OUT_LATE_RECORD = "I should have said, this call is being recorded."
EN_OUT_LATE_CONSENT = "And is it alright with you that we record it?"
EN_OUT_CLOSE_Q = "Is there anything else on your mind?"
EN_OUT_ANGRY = "And why has it taken you this long to tell me? It's a joke!"
EN_OUT_CALM_FIRST = "Okay, go on."

# ---------------------------------------------------------------- Vietnamese wordings
VI_AGENTS = [
    ("Trần Thị Thoa", "Thoa", "saigon"), ("Lê Văn Hiển", "Hiển", "saigon"),
    ("Nguyễn Thị Kiều", "Kiều", "tuiem"), ("Phạm Minh Tuấn", "Tuấn", "tuiem"),
    ("Đỗ Thị Sương", "Sương", "short"), ("Võ Hoàng Thịnh", "Thịnh", "short"),
    ("Huỳnh Thị Yến", "Yến", "repeater"), ("Bùi Thị Nhàn", "Nhàn", "repeater"),
    ("Đặng Ngọc Trâm", "Trâm", "formal"), ("Lý Kim Oanh", "Oanh", "formal"),
    ("Mai Thị Phượng", "Phượng", "midname"), ("Cao Thị Nhung", "Nhung", "midname"),
]
VI_STYLE_DESC = {
    "saigon": "Sài Gòn agent who says dạ and nghen", "tuiem": "says tụi em and bên em",
    "short": "very short turns", "repeater": "repeats the customer's words before answering",
    "formal": "very formal wording (quý khách, tôi)",
    "midname": "company name in the middle of a long greeting sentence",
}
VI_OPEN = {
    "saigon": ["Dạ alô, {s} chào {x} nghen,", "ngân hàng ABC đây ạ,", "{s} tên {n},",
               "{x} cần {s} giúp gì nghen?"],
    "tuiem": ["Xin chào {x},", "bên em là ngân hàng ABC,", "em là {n} ở tổng đài,",
              "tụi em hỗ trợ được gì cho {x} ạ?"],
    "short": ["Chào {x}.", "Ngân hàng ABC.", "{s} là {n}.", "{x} cần gì ạ?"],
    "repeater": ["Dạ chào {x},", "tổng đài ngân hàng ABC xin nghe,", "{s} là {n},",
                 "{s} có thể giúp gì cho {x} ạ?"],
    "formal": ["Kính chào {x},", "{x} đã gọi đến ngân hàng ABC,", "tôi là {n},",
               "tôi xin được hỗ trợ {x} việc gì ạ?"],
    "midname": ["Dạ {s} chào {x}, {x} đang gặp", "tổng đài chăm sóc khách hàng ngân hàng ABC, "
                "làm việc tới mười giờ tối,", "{s} là {n},", "{x} cần {s} hỗ trợ gì ạ?"],
}
VI_OPEN_NOGREET = {"company": "Ngân hàng ABC,", "name": "{s} là {n},",
                   "offer": "{x} cần hỗ trợ gì ạ?"}
VI_WEB_COMPANY = "đây là tổng đài của trang abcbank chấm vn,"
VI_NAME_LINE = "{x} đang gọi vào máy của {n},"
VI_NAME_INITIAL = "điện thoại viên số bảy, chữ {i},"
VI_OFFER_STATEMENT = "{s} ở đây để lo cho xong chuyện của {x} ạ."
VI_LATE_NAME = "À, {s} quên nói, {s} là {n} ạ."
VI_LATE_COMPANY = "Trong lúc chờ, {x} đang giữ máy với bộ phận thẻ của ngân hàng ABC ạ."
VI_LATE_OFFER = "Dạ xác minh xong rồi, giờ {s} giúp gì được cho {x} ạ?"
VI_PRE_OFFER_ID = ["Trước tiên {s} phải kiểm tra bảo mật.", "Ngày sinh của {x} là ngày nào ạ?"]
VI_STYLE_TOUCH = {
    "saigon": "Dạ dạ, vậy nghen,", "tuiem": "Dạ bên em ghi nhận,", "short": "Dạ.",
    "repeater": "Dạ, {x} vừa nói là có chuyện với tài khoản,", "formal": "Vâng, thưa {x},",
    "midname": "Dạ rồi,",
}
VI_IN = [
    ("{c} chuyển nhầm tiền học phí của con cho một người lạ, sáu triệu lận.",
     "{x} chuyển sáu triệu tiền học phí vào nhầm tài khoản của người không quen.",
     "{s} đã gửi yêu cầu tra soát sang ngân hàng nhận, trong ba ngày làm việc sẽ có kết quả "
     "báo qua tin nhắn ạ.", ["refund"], None),
    ("Thẻ tín dụng của {c} bị tính phí thường niên dù hồi đó nói là miễn phí.",
     "thẻ của {x} đáng lẽ được miễn phí năm mà vẫn bị trừ.",
     "{s} đã hoàn lại phí thường niên, ngày mai tiền về thẻ ạ.", ["billing", "refund"], None),
    ("{c} muốn tất toán sớm khoản vay mua xe.",
     "{x} muốn trả hết khoản vay xe trước hạn.",
     "Số tiền tất toán là một trăm hai mươi triệu, {x} chuyển vào tài khoản vay trước thứ sáu "
     "là xong ạ.", ["payment"], None),
    ("Công ty {c} đổi sang trả lương qua tài khoản mới, {c} cần đăng ký.",
     "{x} cần đăng ký tài khoản mới để nhận lương từ công ty.",
     "{s} đã gửi giấy xác nhận tài khoản qua email của {x}, {x} nộp cho kế toán là được ạ.",
     [], None),
    ("{c} rút tiền ở cây ATM ngân hàng khác mà bị trừ phí hai lần.",
     "một lần rút tiền mà {x} bị tính phí gấp đôi.",
     "{s} đã hoàn phí trừ thừa, chiều nay tiền về tài khoản ạ.", ["billing", "refund"], None),
    ("{c} muốn mở thẻ cho con đi du học bên Nhật.",
     "{x} muốn làm thẻ cho con dùng khi học ở Nhật.",
     "{x} mang giấy báo nhập học ra chi nhánh gần nhà, thẻ có sau năm ngày làm việc ạ.",
     [], None),
    ("Mấy hôm nay tin nhắn báo số dư không đến nữa.",
     "{x} không còn nhận tin báo biến động số dư.",
     "Dịch vụ bị tắt do đổi gói, {s} đã bật lại, từ giờ tin nhắn về ngay ạ.", ["outage"], None),
    ("Hồ sơ của {c} bị sai ngày sinh.", "ngày sinh trong hồ sơ của {x} không đúng.",
     "{s} đã sửa lại theo căn cước, {x} kiểm tra trên app sau mười lăm phút ạ.", [], None),
    ("Tiền hoàn từ sàn thương mại điện tử hai tuần rồi chưa về.",
     "khoản hoàn tiền từ sàn mua sắm chưa vào tài khoản của {x}.",
     "Bên sàn chưa chuyển, {s} đã mở yêu cầu đòi tiền, bảy ngày nữa có kết quả ạ.",
     ["refund"], None),
    ("{c} đang ở nước ngoài, muốn đổi số điện thoại nhận OTP.",
     "{x} ở nước ngoài nên cần mã OTP gửi sang số mới.",
     "{s} đã gửi đường dẫn xác thực qua email, {x} bấm vào là số mới nhận OTP liền ạ.",
     [], None),
    ("Thanh toán tiền điện tự động tháng này bị lỗi, điện lực nhắn đòi tiền.",
     "lệnh trả tiền điện tự động không chạy nên {x} bị báo nợ.",
     "{s} đã thanh toán lại hóa đơn ngay bây giờ và sửa lệnh tự động cho tháng sau ạ.",
     ["payment"], None),
    ("{c} nghi bị lộ thông tin thẻ, muốn khoá tạm thời.",
     "{x} lo thông tin thẻ bị lộ nên muốn khoá thẻ một thời gian.",
     "{s} đã khoá tạm thẻ, khi nào {x} muốn mở thì bấm trên app là xong ạ.", [], None),
    ("{c} muốn vay thế chấp sổ đỏ, hỏi lãi suất bao nhiêu.",
     "{x} muốn biết lãi suất vay thế chấp bằng sổ đỏ.",
     "Lãi suất hiện là tám phẩy năm phần trăm năm đầu, {s} đã đặt lịch cho {x} gặp chuyên viên "
     "sáng thứ ba ạ.", [], None),
    ("App ngân hàng cứ báo lỗi kết nối từ sáng tới giờ.",
     "ứng dụng của {x} báo lỗi suốt từ sáng.",
     "Hệ thống vừa sửa xong, {x} tắt app mở lại là vào được ạ.", ["outage"], None),
    ("Trang web ngân hàng không vào được, cứ quay vòng hoài.",
     "trang web cứ tải mãi mà không vào được.",
     "Bên kỹ thuật vừa khắc phục, {x} xoá bộ nhớ trình duyệt rồi vào lại là được ạ.",
     ["outage"], None),
    ("{c} muốn huỷ thẻ tín dụng vì không xài tới.",
     "{x} muốn đóng thẻ tín dụng vì không dùng.",
     "{s} đã đóng thẻ, dư nợ bằng không, thư xác nhận gửi trong bảy ngày ạ.",
     ["cancellation"], None),
    ("{c} muốn huỷ gói bảo hiểm đi kèm tài khoản.",
     "{x} muốn bỏ gói bảo hiểm gắn với tài khoản.",
     "{s} đã huỷ gói từ hôm nay, tháng sau không trừ phí nữa ạ.", ["cancellation"], None),
    ("{c} làm rớt thẻ đâu mất ở chợ rồi.", "{x} bị mất thẻ lúc đi chợ.",
     "{s} đã khoá thẻ và làm thẻ mới, năm ngày làm việc {x} nhận ở chi nhánh ạ.",
     ["card_lost"], None),
    ("Bị móc túi trên xe buýt, mất luôn cái thẻ ghi nợ.",
     "{x} bị trộm ví có thẻ trên xe buýt.",
     "Thẻ đã khoá, thẻ mới gửi về nhà trong ba ngày ạ.", ["card_lost"], None),
    ("Tưởng mất thẻ rồi, à khoan, nó nằm trong túi áo khoác đây nè.",
     "{x} tưởng mất thẻ nhưng vừa tìm thấy trong áo.",
     "Vậy thẻ vẫn dùng bình thường, không cần làm gì thêm ạ.", [], "card_found_during_call"),
    ("{c} mới dọn nhà, muốn cập nhật địa chỉ mới.", "{x} chuyển nhà và cần đổi địa chỉ.",
     "{s} đã cập nhật địa chỉ mới, thư xác nhận gửi về đó trong ba ngày ạ.",
     ["address_change"], None),
    ("Sao kê cứ gửi về nhà cũ, {c} muốn đổi sang chỗ ở bây giờ.",
     "{x} muốn sao kê gửi về nơi ở hiện tại.",
     "Đã đổi địa chỉ nhận sao kê, kỳ sau gửi về nhà mới ạ.", ["address_change"], None),
    ("{c} muốn trả hết dư nợ thẻ tín dụng bằng tài khoản thanh toán.",
     "{x} muốn dùng tiền trong tài khoản để trả hết nợ thẻ.",
     "{s} đã chuyển bốn triệu hai trả nợ thẻ, sáng mai dư nợ về không ạ.", ["payment"], None),
    ("Hôm qua {c} trả tiền thẻ rồi, giờ gọi hỏi coi tiền vô chưa thôi.",
     "{x} muốn chắc khoản trả thẻ hôm qua đã tới.", "Dạ tiền đã vào thẻ sáng nay rồi ạ.",
     [], "payment_already_made"),
    ("Tài khoản {c} bị trừ ba lần tiền cho trang cá cược nào đó, {c} không hề làm.",
     "có ba giao dịch cá cược {x} không thực hiện.",
     "{s} đã khoá thẻ, báo gian lận ba giao dịch, năm ngày làm việc tiền sẽ hoàn ạ.",
     ["fraud", "refund"], None),
    ("Bạn {c} bị ai lấy tiền trong tài khoản của nó, giờ nó phải làm sao?",
     "một người bạn của {x} bị mất tiền trong tài khoản riêng.",
     "Bạn đó cần tự gọi số trên thẻ hoặc chat trong app của mình để khoá ngay ạ.",
     [], "fraud_on_friends_account"),
    ("Phí trả chậm đã được hoàn tuần trước rồi, {c} chỉ hỏi sao lại bị tính.",
     "phí đã hoàn cho {x}, {x} muốn biết lý do bị tính.",
     "Do lương về trễ một ngày nên hệ thống tính phí, giờ đã hoàn đủ ạ.", ["billing"],
     "refund_already_received"),
    ("{c} muốn khiếu nại, nhân viên chi nhánh Quận Năm nói chuyện rất khó nghe.",
     "{x} muốn khiếu nại cách nhân viên ở chi nhánh cư xử.",
     "{s} đã ghi nhận khiếu nại, phòng khiếu nại sẽ gửi thư trả lời trong năm ngày làm việc ạ.",
     ["complaint"], None),
    ("Sao tháng này có khoản phí quản lý tài khoản năm mươi nghìn?",
     "{x} thấy phí quản lý tài khoản lạ trong tháng này.",
     "Phí này áp dụng khi số dư dưới hai triệu, {s} đã chuyển {x} sang gói miễn phí từ tháng "
     "sau ạ.", ["billing"], None),
    ("{c} muốn nâng hạn mức rút tiền mỗi ngày để trả tiền cọc nhà.",
     "{x} cần hạn mức rút tiền cao hơn để đặt cọc nhà.",
     "{s} đã nâng hạn mức lên năm mươi triệu trong bảy ngày, có hiệu lực ngay ạ.", [], None),
    ("{c} muốn gửi tiết kiệm online kỳ hạn sáu tháng mà không biết làm.",
     "{x} muốn mở sổ tiết kiệm sáu tháng trên app.",
     "{x} vào mục Tiết kiệm, chọn sáu tháng, nhập số tiền rồi xác nhận OTP là xong, {s} gửi "
     "hướng dẫn qua tin nhắn ngay ạ.", [], None),
    ("{c} huỷ SMS Banking rồi mà tháng này vẫn bị trừ phí, {c} muốn lấy lại.",
     "dịch vụ tin nhắn đã huỷ mà {x} vẫn bị tính phí và muốn được trả lại.",
     "{s} đã hoàn mười một nghìn phí tháng này, tiền về trong hôm nay ạ.",
     ["billing", "refund"], None),
    ("Quẹt thẻ mua vé máy bay bị trừ tiền mà hãng không xuất vé, {c} đòi tiền lại.",
     "{x} bị trừ tiền vé máy bay nhưng không có vé nên muốn lấy lại tiền.",
     "{s} đã mở yêu cầu hoàn tiền với hãng, mười ngày làm việc tiền về thẻ ạ.", ["refund"],
     None),
    ("Tiệm tạp hoá của {c} muốn đăng ký máy quẹt thẻ.",
     "{x} muốn có máy quẹt thẻ cho tiệm.",
     "{s} đã đặt lịch cho nhân viên tới tiệm lắp máy vào sáng thứ năm ạ.", [], None),
    ("{c} muốn đóng học phí cho con qua app mà bấm thanh toán cứ báo lỗi.",
     "{x} cần đóng học phí cho con nhưng app báo lỗi khi thanh toán.",
     "Lỗi đã được sửa, {s} vừa thanh toán giúp {x} ba triệu học phí, biên nhận gửi qua email "
     "ạ.", ["outage", "payment"], None),
]
VI_CONFIRM = ["Đúng vậy đó.", "Chuẩn luôn.", "Ừ, đúng chuyện đó.", "Phải, là vậy đó."]
VI_LATE_CONFIRM = "Mà đúng như lúc nãy {x} nói đó, chuyện là vậy."
VI_RESTATE_Q = "Có phải là {r}"
VI_RESTATE_PRE = ["Dạ, vậy là", "Dạ để {s} nói lại,", "Tóm lại là"]
VI_WRONG = "Dạ cho {s} hỏi, có phải {x} muốn làm lại sổ tiết kiệm không ạ?"
VI_WRONG_NO = "Không phải, đâu liên quan sổ tiết kiệm."
VI_WRONG_MOVE_ON = "Dạ vâng."
VI_BARE_ACK = "Dạ, vâng."
VI_NO_RESTATE = "Để {s} mở hồ sơ ra xem."
VI_VAGUE = ["Để bên {s} xem rồi tính ạ.", "{s} ghi lại rồi, chắc sẽ có người lo ạ.",
            "{s} chuyển lên trên, khi nào có tin thì báo ạ."]
VI_CUST_ACK = ["Ừ, vậy được.", "Vậy thì mừng quá.", "Ok, vậy cũng được.", "Được rồi."]
VI_ID = [("{x} đọc giúp {s} ngày tháng năm sinh ạ?", "Mười hai tháng tư năm tám mươi."),
         ("Số căn cước bốn số cuối là gì ạ?", "Bốn số cuối là 5061.")]
VI_ID_OK = "Dạ thông tin khớp rồi."
VI_CARD_ASK = "{x} đọc số thẻ in ở mặt trước giúp {s} ạ?"
VI_CARDS = ["9704 1523 8861 0447", "9704 3380 2716 5592", "9704 0621 4478 3019"]
VI_CARD_BACK = "Dạ số thẻ là {c} đúng không ạ?"
VI_LAST4 = "Dạ thẻ có bốn số cuối {l} ạ."
VI_CVV_ASK = "Còn ba số ở mặt sau thẻ ạ?"
VI_CVV = ["527", "184", "369"]
VI_CVV_BACK = "Dạ mã bảo mật là {v} ạ."
VI_HOLD = "{x} chờ {s} kiểm tra một chút ạ."
VI_HOLD_BACK = "Dạ cảm ơn {x} đã chờ máy."
VI_HOLD_BACK_PLAIN = "Dạ {s} quay lại rồi."
VI_ANYELSE = ["{x} còn cần {s} giúp gì khác không ạ?", "{x} có cần thêm gì nữa không ạ?",
              "Ngoài chuyện này {x} còn việc gì khác không ạ?"]
VI_ANYELSE_SCOPED = "Về cái thẻ thì {x} còn hỏi gì khác không ạ?"
VI_NO_MORE = ["Hết rồi.", "Không, vậy thôi.", "Thôi đủ rồi."]
VI_THANKS = ["Cảm ơn {x} đã gọi ngân hàng ABC ạ.", "Dạ {s} cảm ơn {x} nhiều nghen.",
             "Cám ơn {x} đã kiên nhẫn ạ."]
VI_BYE = ["Chào {x} ạ.", "Chúc {x} một ngày vui ạ.", "Dạ tạm biệt {x}."]
VI_CUST_BYE = ["Ừ, chào em.", "Rồi, chào nha.", "Ok, tạm biệt."]
VI_CUST_LATE_Q = ("À khoan, thứ bảy chi nhánh có mở không?", "Dạ mở buổi sáng tới mười một giờ.")
VI_FIRST_Q = ("Alô, phí chuyển tiền liên ngân hàng bây giờ bao nhiêu vậy?",
              "Dạ chuyển trên app thì miễn phí hoàn toàn ạ.")
VI_FIRST_HELLO = "Alô, phải ngân hàng không?"
VI_FIRST_NOT_ANSWER = "Dạ máy vừa kết nối ạ."
VI_ANGER = [
    ("Gọi mấy lần rồi mà không ai giải quyết, bực quá trời!", ["complaint"], None),
    ("Ngân hàng làm ăn kiểu gì mà lộn xộn vậy, {c} tức lắm rồi!", ["complaint"], None),
    ("Quá đáng lắm, {c} muốn gặp cấp trên!", ["complaint"], None),
    ("Cái quy định bắt ra quầy mới làm được là vô lý hết sức!", ["complaint"], "policy_anger"),
    ("Cái bên sàn đó làm ăn tệ quá, tức muốn điên!", [], "third_party_anger"),
    ("Đẩy qua đẩy lại hoài, chịu hết nổi rồi!", ["complaint"], None),
]
VI_EMPATHY = ["Dạ {s} rất tiếc vì {x} phải chờ lâu vậy.", "{s} hiểu là {x} đang rất bực ạ.",
              "Dạ {s} xin lỗi vì chuyện phiền phức này.", "{s} thông cảm với {x} lắm ạ."]
VI_POLICY_EMPATHY = "Dạ {s} hiểu quy định làm {x} khó chịu, {s} sẽ tìm cách hỗ trợ ạ."
VI_EMPATHY_OTHER = "À, {s} xin lỗi vì nhạc chờ lúc nãy hơi to."
VI_LATE_EMPATHY = "Dạ {s} xin lỗi vì đã để {x} bực mình."
VI_BLAME = [
    "Thì đó là hậu quả của việc đưa thẻ cho con xài thôi.",
    "Đáng lẽ {x} phải gọi ngay lúc mới xảy ra chứ.",
    "{x} cho con trai dùng thẻ thì phải chịu chứ sao.",
    "Bên em nhắn tin rồi mà {x} không đọc nên mới bị khoá.",
    "Nếu {x} đọc kỹ thư thì đâu có chuyện này, đúng không?",
    "Sao {x} lại chuyển tiền cho người mình chưa gặp bao giờ?",
    "{x} bấm vào đường link lạ rồi phải không?",
    "Mấy người để tới giờ mới gọi thường là",
    "Nói thật là tại {x} không để ý tới",
    "{x} không tự kiểm tra tài khoản trước hả?",
]
VI_POLITE = ["Dạ {x} gọi sớm vậy là rất đúng ạ.", "Có thể tin nhắn của bên em chưa tới máy {x}.",
             "Chuyện này không phải do {x} đâu ạ."]
VI_RUDE = [
    "{x} có biết tài khoản của mình là cái nào không vậy?",
    "{s} không rảnh cả buổi đâu.",
    "Bình tĩnh đi, có chút tiền thôi mà.",
    "{x} nói kiểu đó nữa là {s} cúp máy đó.",
    "Hay thật, lại thêm một người quên mật khẩu.",
    "{x} nói giọng gì khó nghe quá vậy?",
    "Tuổi {x} thì xài app sao nổi.",
    "Sao cũng được, đâu phải việc của {s}.",
    "Lên web mà đọc như người ta đi.",
    "Đó là chuyện của {x} chứ đâu phải",
]
VI_STRICT = ["Cái máy này đéo chạy nữa rồi.", "Vãi thật, hệ thống lại treo.",
             "Địt, lại mất kết nối.", "Đụ, chậm như rùa.", "Cái lồn gì đây, lỗi nữa.",
             "Đéo hiểu sao nó văng ra.", "Vãi cả chưởng, màn hình đứng luôn.",
             "Địt mẹ, bấm nhầm rồi.", "Đụ má, lại phải làm lại.", "Lỗi gì mà vãi thế."]
VI_SPEAKERS = [
    ("a Đà Lạt flower grower", "chú", "Chú trồng hoa ở Đà Lạt nè,", None),
    ("a Hải Phòng dock worker", "anh", "Anh đang ở cảng, ồn lắm,", None),
    ("a Bến Tre coconut seller", "cô", "Cô bán dừa ngoài chợ Bến Tre nghen,", None),
    ("a retired army officer, formal", "bác", "Tôi xin trình bày sự việc như sau,", "tôi"),
    ("a young mother in a Bình Dương factory", "chị", "Chị tranh thủ giờ nghỉ ca,", None),
    ("a Tây Nguyên coffee farmer", "anh", "Anh ở trên rẫy cà phê, sóng yếu,", None),
    ("plain", "chị", "", None),
    ("plain", "anh", "", None),
]
VI_FILLER = [
    ("Số điện thoại của {x} vẫn là số đuôi 47 phải không ạ?", "Đúng rồi."),
    ("{x} muốn nhận sao kê qua email hay giấy ạ?", "Email cho tiện."),
    ("{s} ghi chú vào hồ sơ của {x} được không ạ?", "Được chứ."),
    ("{x} có dùng app trên điện thoại không ạ?", "Có, ngày nào cũng dùng."),
    ("Email của {x} vẫn là địa chỉ cũ chứ ạ?", "Vẫn vậy."),
    ("{s} bật thông báo số dư qua app cho {x} nhé?", "Ừ, bật luôn đi."),
    ("{x} có cần mã số hồ sơ hôm nay không ạ?", "Có, đọc đi để ghi."),
    ("Thẻ của {x} có gắn vào ví điện thoại không ạ?", "Có gắn rồi."),
]
VI_OUT = [
    ("giao dịch bốn triệu ở một cửa hàng điện máy tại Đà Nẵng sáng nay.",
     "Không phải tôi, tôi chưa mua gì ở đó.",
     "{s} đã chặn giao dịch và khoá thẻ, thẻ mới tới trong ba ngày làm việc ạ.", ["fraud"]),
    ("sổ tiết kiệm của {x} đến hạn thứ sáu tới, {s} muốn trao đổi các lựa chọn.",
     "À ừ, quên mất chuyện đó.",
     "{s} gửi các lựa chọn qua app hôm nay, nếu {x} không chọn thì tự tái tục ạ.", []),
    ("kỳ trả góp tháng này chưa thanh toán được.", "Đổi chỗ làm nên quên, để trả liền.",
     "{s} đã trừ khoản trả góp hai triệu tư, không tính phí trễ ạ.", ["payment"]),
    ("thư gửi cho {x} bị trả về vì không có người nhận.",
     "Ừ, dọn nhà hồi tháng ba, đổi giùm địa chỉ mới nha.",
     "Đã cập nhật, sao kê tới gửi về địa chỉ mới ạ.", ["address_change"]),
    ("phí gói tài khoản cao cấp sẽ tăng từ tháng sau.", "Vậy thì huỷ cái gói đó luôn đi.",
     "{s} chuyển {x} về gói thường từ mùng một, không bị phí mới ạ.", ["cancellation"]),
    ("phí thường niên thẻ của {x} bị trừ hai lần.", "Có thấy, muốn lấy lại tiền đó.",
     "Khoản phí thứ hai đã hoàn, mai hiện trên thẻ ạ.", ["billing", "refund"]),
    ("{x} có báo app bị văng khi chuyển tiền, {s} gọi lại hỏi thăm.",
     "Vẫn văng hoài, chuyển không được.",
     "Bản sửa lỗi phát hành tối nay, {s} sẽ nhắn tin khi xong ạ.", ["outage"]),
    ("khiếu nại tuần trước của {x} về chuyện xếp hàng ở chi nhánh.",
     "Ừ, và muốn chuyển lên cấp cao hơn.",
     "{s} đã chuyển lên giám đốc khu vực, trước ngày hai mươi có thư trả lời ạ.",
     ["complaint"]),
    ("thẻ mới gửi cho {x} sau khi báo mất thẻ bị bưu điện trả về.",
     "Vẫn đang chờ đây, thẻ cũ mất luôn rồi.",
     "{s} đã phát hành lại, {x} nhận ở chi nhánh từ thứ hai ạ.", ["card_lost"]),
    ("khoản vay mua nhà của {x} đã quá hạn mười ngày.", "Biết rồi, hôm nay trả luôn.",
     "{s} đã trừ tiền, khoản vay đã về đúng hạn ạ.", ["payment"]),
    ("có lần đăng nhập tài khoản của {x} từ một máy ở nước ngoài.",
     "Không phải tôi, tôi ở Cần Thơ mà, có người vô rồi.",
     "{s} đã khoá truy cập trực tuyến, mật khẩu mới gửi qua tin nhắn liền ạ.", ["fraud"]),
    ("bên em tính dư lãi thẻ tháng trước, giờ điều chỉnh lại.", "Vậy điều chỉnh bao nhiêu?",
     "Ba trăm nghìn được trả lại vào thẻ hôm nay ạ.", ["billing"]),
]
VI_OUT_HELLO = "Alô?"
VI_OUT_GREET = "Dạ {s} chào {x},"
VI_OUT_NAME = "{s} là {n}"
VI_OUT_COMPANY = "gọi từ ngân hàng ABC ạ."
VI_OUT_COMPANY_ALONE = "{s} gọi từ ngân hàng ABC ạ."
VI_OUT_PURPOSE = "{s} gọi về việc"
VI_OUT_RECORD = "Cuộc gọi này được ghi âm ạ."
VI_OUT_CONSENT = "{x} có đồng ý cho ghi âm không ạ?"
VI_OUT_CONSENT_YES = "Ừ, được."
VI_OUT_WHO = "Ai đó?"
VI_OUT_WHO_CO = "Ở đâu gọi vậy?"
VI_OUT_LATE_NAME = "Dạ xin lỗi, {s} là {n}."
VI_OUT_LATE_CO = "Dạ bên ngân hàng ABC ạ."
VI_OUT_ID = ("Trước khi nói việc, {x} xác nhận năm sinh giúp {s} ạ?", "Năm bảy mươi sáu.")
VI_OUT_LATE_RECORD = "Dạ {s} quên báo, cuộc gọi đang được ghi âm."
VI_OUT_LATE_CONSENT = "{x} có đồng ý để ghi âm không ạ?"
VI_OUT_CLOSE_Q = "{x} còn thắc mắc gì khác không ạ?"
VI_OUT_ANGRY = "Sao giờ mới báo, làm ăn kiểu gì vậy!"
VI_OUT_CALM_FIRST = "Ừ, nói đi."

# ---------------------------------------------------------------- noise tables
EN_HOMOPHONES = {"new": "knew", "through": "threw", "week": "weak", "made": "maid",
                 "sent": "scent", "due": "dew", "fair": "fare", "meet": "meat", "see": "sea",
                 "wait": "weight", "way": "weigh", "been": "bean", "cash": "cache",
                 "in": "inn", "one": "won"}
EN_SPLITS = {"online": "on line", "overdraft": "over draft", "today": "to day",
             "password": "pass word", "statements": "state ments", "myself": "my self",
             "withdrawal": "with drawal", "payroll": "pay roll", "upload": "up load",
             "deposit": "de posit", "granddaughter": "grand daughter", "somewhere": "some where"}
EN_JOINS = [("in", "the"), ("on", "the"), ("at", "the"), ("for", "the"), ("to", "the"),
            ("it", "is"), ("is", "the")]
EN_NUMBERS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
              "nine": "9", "ten": "10", "twelve": "12", "forty": "40", "ninety": "90"}
EN_FILLERS = ["erm", "hmm", "i mean", "basically"]
EN_ACME = ["acma", "ekme", "ac may"]
VI_JOINS = [("tài", "khoản"), ("giao", "dịch"), ("thanh", "toán"), ("lãi", "suất"),
            ("chi", "nhánh"), ("tiền", "điện"), ("số", "dư"), ("hạn", "mức")]
VI_NUMBERS = {"hai": "2", "ba": "3", "bốn": "4", "năm": "5", "sáu": "6", "bảy": "7",
              "mười": "10"}
VI_UNITS = {"ngày", "triệu", "tháng", "lần", "phút", "nghìn", "giờ", "tuần"}
VI_FILLERS = ["ừm", "kiểu", "thế thì", "nói chung là"]
VI_ABC = ["ây bi xê", "a bê xế", "ê bi xi"]
PUNCT = ",.?!;:\""
STRICT_WORDS = ["đéo", "địt", "đụ", "vãi", "lồn"]
EN_SWEAR_WORDS = ["shit", "shitty", "fuck", "fucks", "fuck's", "fucking", "bollocks", "crap",
                  "bastard", "piss"]


def rng_for(*parts):
    h = hashlib.sha256("|".join([SEED, *[str(p) for p in parts]]).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def unmark(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", s)
                   if unicodedata.category(ch) != "Mn")


def pack(lang):
    pre = "EN_" if lang == "en" else "VI_"
    return {k[3:]: v for k, v in globals().items() if k.startswith(pre)}


def fmt(text, ctx):
    for k, v in ctx.items():
        text = text.replace("{" + k + "}", v)
    return text


def cap(s):
    return s[:1].upper() + s[1:]


def P(text, *tags, cats=(), prot=False):
    return {"text": text, "tags": list(tags), "cats": list(cats), "prot": prot}


def T(sp, *pieces, **kw):
    t = {"sp": sp, "pieces": [p if isinstance(p, dict) else P(p) for p in pieces]}
    t.update(kw)
    return t


# ---------------------------------------------------------------- planning
def plan_lang(lang):
    rng = rng_for("plan", lang)
    dirs = ["in"] * 110 + ["out"] * 40
    rng.shuffle(dirs)
    longs = [True] * 50 + [False] * 100
    rng.shuffle(longs)
    calls = [{"dir": d, "long": lg, "faults": [], "load": 0}
             for d, lg in zip(dirs, longs, strict=True)]
    inb = [i for i, c in enumerate(calls) if c["dir"] == "in"]
    outb = [i for i, c in enumerate(calls) if c["dir"] == "out"]
    clean = sorted(rng.sample(inb, 16) + rng.sample(outb, 6))
    sw = "swear" if lang == "en" else "strict"
    out_general = {"empathy": 3, "blame": 2, "interrupt": 3, sw: 2, "rude": 2, "card": 2}
    tokens = [(r, "in") for r in INBOUND_RULES for _ in range(9)]
    tokens += [(r, "out") for r in OUTBOUND_RULES for _ in range(9)]
    for g in ["empathy", "interrupt", sw, "blame", "rude", "card"]:
        n = 10 if g == "strict" else 9
        k = out_general[g]
        tokens += [(g, "out")] * k + [(g, "in")] * (n - k)
    for r, d in tokens:
        pool = inb if d == "in" else outb
        w = 2 if r == "strict" else 1
        cands = []
        for i in pool:
            c = calls[i]
            if i in clean or r in c["faults"] or c["load"] + w > 3:
                continue
            if any((a == r and b in c["faults"]) or (b == r and a in c["faults"])
                   for a, b in APART):
                continue
            cands.append(i)
        tie = {i: rng.random() for i in cands}
        best = min(cands, key=lambda i: (calls[i]["load"], tie[i]))
        calls[best]["faults"].append(r)
        calls[best]["load"] += w
    for c in calls:
        c["anger"] = "empathy" in c["faults"] or "interrupt" in c["faults"]
    others = [i for i, c in enumerate(calls) if not c["anger"]]
    rng.shuffle(others)
    need = 34 - sum(c["anger"] for c in calls)
    for i in others[:need]:
        calls[i]["anger"] = True
    L = pack(lang)
    n_in = len(L["IN"])
    order = list(range(n_in))
    rng.shuffle(order)
    seq_in = (order * 5)[:110]
    order_o = list(range(len(L["OUT"])))
    rng.shuffle(order_o)
    seq_out = (order_o * 4)[:40]
    counters = {"blame": 0, "rude": 0, "swear": 0, "strict": 0}
    lines = {"blame": list(range(10)), "rude": list(range(10)),
             "swear": list(range(len(L["SWEAR"]) if lang == "en" else 0)),
             "strict": list(range(len(L["STRICT"]) if lang == "vi" else 0))}
    for k in lines:
        rng.shuffle(lines[k])
    ki = ko = 0
    for n, c in enumerate(calls):
        c["agent"] = rng.randrange(12)
        c["speaker"] = rng.randrange(len(L["SPEAKERS"]))
        if c["dir"] == "in":
            c["scen"] = seq_in[ki]
            ki += 1
        else:
            c["scen"] = seq_out[ko]
            ko += 1
        c["lines"] = {}
        for k in ["blame", "rude", "swear", "strict"]:
            if k in c["faults"]:
                c["lines"][k] = lines[k][counters[k]]
                counters[k] += 1
        c["noise"] = rng.choice([0, 1, 1, 2, 2, 2, 3, 3])
        c["idx"] = n
    return calls


# ---------------------------------------------------------------- call assembly
def conduct_pieces(c, L, rng, dec):
    """Blame/rude/swear/strict lines: (place, inline, piece)."""
    out = []
    for k in ["blame", "rude", "swear", "strict"]:
        if k not in c["faults"]:
            continue
        src = {"blame": "BLAME", "rude": "RUDE", "swear": "SWEAR", "strict": "STRICT"}[k]
        place = rng.choice(["early", "mid", "closing"])
        inline = rng.random() < 0.5
        dec.append(f"{k}_{'inline' if inline else 'own_turn'}_{place}")
        prot = k in ("swear", "strict")
        out.append((place, inline, P(L[src][c["lines"][k]], k, prot=prot)))
    if "blame" not in c["faults"] and rng.random() < 0.3:
        dec.append("polite_lookalike")
        out.append(("mid", True, P(rng.choice(L["POLITE"]))))
    return out


def place_conduct(turns_by_place, conduct, place):
    extra = []
    for pl, inline, piece in conduct:
        if pl != place:
            continue
        if inline and turns_by_place is not None:
            turns_by_place["pieces"].append(piece)
        else:
            extra.append(T("agent", piece))
    return extra


def empathy_turn_pieces(L, rng, anger_line):
    if anger_line[2] == "policy_anger":
        return [P(L["POLICY_EMPATHY"], "empathy")]
    return [P(rng.choice(L["EMPATHY"]), "empathy")]


def anger_piece(L, rng, dec):
    line = rng.choice(L["ANGER"])
    if line[2]:
        dec.append(line[2])
    return line, P(line[0], cats=line[1], prot=True)


def card_block(c, L, rng, dec):
    turns = []
    if "card" not in c["faults"] and rng.random() >= 0.25:
        return turns
    cardno = rng.choice(L["CARDS"])
    turns += [T("agent", L["CARD_ASK"]), T("customer", P(cardno, prot=True))]
    if "card" in c["faults"]:
        if rng.random() < 0.6:
            turns.append(T("agent", P(fmt(L["CARD_BACK"], {"c": cardno}), "card",
                                      prot=True)))
            dec.append("full_card_read_back")
        else:
            cvv = rng.choice(L["CVV"])
            turns += [T("agent", L["CVV_ASK"]), T("customer", P(cvv, prot=True)),
                      T("agent", P(fmt(L["CVV_BACK"], {"v": cvv}), "card", prot=True))]
            dec.append("security_code_read_back")
    else:
        turns.append(T("agent", P(fmt(L["LAST4"], {"l": cardno[-4:]}), prot=True)))
        dec.append("last_four_readback")
    return turns


def build_inbound(c, L, rng, ctx, lang):
    F = c["faults"]
    dec = []
    style = ctx["style"]
    sc = L["IN"][c["scen"]]
    if sc[4]:
        dec.append(sc[4])
    conduct = conduct_pieces(c, L, rng, dec)
    turns = []
    op = L["OPEN"][style]
    opening = []
    if "gbr" in F:
        turns.append(T("customer", L["FIRST_Q"][0]))
        opening.append(P(L["FIRST_Q"][1], "resolve"))
        dec.append("answer_before_greeting")
    elif rng.random() < 0.2:
        turns.append(T("customer", L["FIRST_HELLO"]))
        opening.append(P(L["FIRST_NOT_ANSWER"]))
        dec.append("customer_speaks_first_not_answer")
    late = []
    has_company = "company" not in F
    if "greet" not in F:
        g = op[0]
        if style == "midname" and not has_company:
            g = "Good morning," if lang == "en" else "Dạ {s} chào {x},"
        opening.append(P(g, "greet"))
    if has_company:
        if rng.random() < 0.12:
            opening.append(P(L["WEB_COMPANY"], "company"))
            dec.append("company_as_web_address")
        else:
            opening.append(P(op[1] if "greet" not in F else L["OPEN_NOGREET"]["company"],
                             "company"))
    elif rng.random() < 0.5:
        late.append("company")
        dec.append("company_only_after_20s")
    else:
        dec.append("company_not_said")
    if "name" not in F:
        if rng.random() < 0.12:
            opening.append(P(L["NAME_LINE"], "name"))
            dec.append("name_as_line")
        else:
            opening.append(P(op[2] if "greet" not in F else L["OPEN_NOGREET"]["name"], "name"))
    else:
        r = rng.random()
        if r < 0.35:
            late.append("name")
            dec.append("name_only_after_30s")
        elif r < 0.7:
            opening.append(P(L["NAME_INITIAL"]))
            dec.append("name_initial_only")
        else:
            dec.append("no_self_intro")
    late_offer = False
    if "offer" not in F:
        if rng.random() < 0.12:
            opening.append(P(L["OFFER_STATEMENT"], "offer"))
            dec.append("offer_as_statement")
        else:
            opening.append(P(op[3] if "greet" not in F else L["OPEN_NOGREET"]["offer"],
                             "offer"))
    elif rng.random() < 0.5:
        late_offer = True
        dec.append("offer_after_45s")
    else:
        dec.append("no_offer")
    turns.append(T("agent", *opening))
    if late_offer:
        turns.append(T("agent", L["PRE_OFFER_ID"][0], L["PRE_OFFER_ID"][1]))
        turns.append(T("customer", L["ID"][0][1]))
        turns.append(T("agent", P(L["LATE_OFFER"], "offer"), min_start=48.5))
    spk = L["SPEAKERS"][c["speaker"]]
    touch = spk[2] if lang == "vi" else spk[1]
    mode = spk[-1] if lang == "en" else None
    prob = [P(touch)] if touch else []
    prob.append(P(sc[0], cats=sc[3]))
    amode = None
    anger_line = None
    if c["anger"]:
        amode = rng.choice(["problem", "split", "after_restate", "late"])
        anger_line, ap = anger_piece(L, rng, dec)
    if amode == "problem":
        prob.append(ap)
        turns.append(T("customer", *prob, neg=True))
    else:
        turns.append(T("customer", *prob))
        if amode == "split":
            turns.append(T("customer", ap, neg=True))
            dec.append("anger_in_separate_segment")

    def empathy_block(agent_turn):
        if "empathy" in F:
            if rng.random() < 0.5:
                dec.append("empathy_after_20s")
                return [T("agent", L["HOLD"]),
                        T("agent", P(L["LATE_EMPATHY"], "empathy"), after_anger=23.5)]
            if rng.random() < 0.4:
                agent_turn["pieces"].insert(0, P(L["EMPATHY_OTHER"]))
                dec.append("empathy_to_other_matter")
            else:
                dec.append("no_empathy")
            return []
        agent_turn["pieces"][0:0] = empathy_turn_pieces(L, rng, anger_line)
        return []

    # restatement
    r = sc[1]
    rest = []
    cust_after = [T("customer", rng.choice(L["CONFIRM"]))]
    if "restate" in F:
        v = rng.choice(["bare", "wrong", "skip"])
        if v == "bare":
            rest = [T("agent", L["BARE_ACK"])]
            dec.append("bare_ack_not_restatement")
            cust_after = []
        elif v == "wrong":
            rest = [T("agent", L["WRONG"]), T("customer", L["WRONG_NO"]),
                    T("agent", L["WRONG_MOVE_ON"])]
            dec.append("wrong_restatement_never_fixed")
            cust_after = []
        else:
            rest = [T("agent", L["NO_RESTATE"])]
            dec.append("no_restatement")
            cust_after = []
    else:
        v = rng.choice(["plain", "plain", "question", "wrong_then_right"])
        if v == "question":
            q = r[:-1] + ("?" if lang == "en" else " không ạ?")
            rest = [T("agent", P(fmt(L["RESTATE_Q"], {"r": q}), "restate"))]
            dec.append("restatement_as_question")
        elif v == "wrong_then_right":
            rest = [T("agent", L["WRONG"]), T("customer", L["WRONG_NO"]),
                    T("agent", P(rng.choice(L["RESTATE_PRE"]) + " " + r, "restate"))]
            dec.append("wrong_restatement_corrected")
        else:
            rest = [T("agent", P(rng.choice(L["RESTATE_PRE"]) + " " + r, "restate"))]
        if mode == "repeat":
            rest += [T("customer", L["REPEAT_ASK"]),
                     T("agent", L["REPEAT_AGAIN"], P(r, "restate"))]
            dec.append("restated_twice_on_request")
    conduct_early_host = rest[-1]
    extra_emp = []
    if amode in ("problem", "split"):
        extra_emp = empathy_block(rest[0])
        if "interrupt" in F:
            (extra_emp + rest)[0]["interrupt"] = True
            dec.append("agent_talks_over_angry_customer")
    turns += extra_emp + rest
    if c["anger"] and amode in ("late", "after_restate") and "interrupt" not in F \
            and rng.random() < 0.35:
        rest[0]["interrupt"] = True
        dec.append("agent_talks_over_calm_customer")
    id_turns = []
    want_id = rng.random() < (0.7 if c["long"] else 0.35)
    if want_id:
        id_turns = [T("agent", L["ID"][0][0]), T("customer", L["ID"][0][1])]
        if c["long"]:
            id_turns += [T("agent", L["ID"][1][0]), T("customer", L["ID"][1][1])]
        id_turns.append(T("agent", L["ID_OK"]))
        if cust_after and rng.random() < 0.35:
            id_turns[1]["pieces"].append(P(L["LATE_CONFIRM"]))
            cust_after = []
            dec.append("confirm_after_several_turns")
    if amode == "after_restate":
        cust_after = [T("customer", ap, neg=True)]
        dec.append("outburst_after_restatement")
    turns += cust_after
    if amode == "after_restate":
        host = T("agent", L["STYLE_TOUCH"][style])
        block = empathy_block(host) + [host]
        turns += block
        if "interrupt" in F:
            block[0]["interrupt"] = True
            dec.append("agent_talks_over_angry_customer")
    turns += place_conduct(conduct_early_host, conduct, "early")
    turns += id_turns
    turns += card_block(c, L, rng, dec)
    if "company" in late:
        turns.append(T("agent", L["HOLD"]))
        turns.append(T("agent", P(L["LATE_COMPANY"]), min_start=23.5))
    if "name" in late:
        turns.append(T("agent", P(L["LATE_NAME"], "name"), min_start=33.5))
    # resolution
    thanks_mode = "normal"
    if "thanks" in F:
        thanks_mode = rng.choice(["omit", "early", "holding"])
    hold = rng.random() < 0.75 or thanks_mode == "holding"
    res_turn = T("agent")
    if hold:
        turns.append(T("agent", L["HOLD"]))
        back = L["HOLD_BACK"] if (thanks_mode == "holding" or rng.random() < 0.4) \
            else L["HOLD_BACK_PLAIN"]
        res_turn["pieces"].append(P(back, *(["thanks_mid"] if back == L["HOLD_BACK"] else [])))
        res_turn["hold"] = rng.randint(600, 1800)
    if thanks_mode == "holding":
        dec.append("thanks_only_for_holding")
    if rng.random() < 0.4:
        res_turn["pieces"].append(P(L["STYLE_TOUCH"][style]))
    if "resolve" in F:
        res_turn["pieces"].append(P(rng.choice(L["VAGUE"])))
        dec.append("vague_promise_not_resolution")
    else:
        res_turn["pieces"].append(P(sc[2], "resolve"))
    turns.append(res_turn)
    turns += place_conduct(res_turn, conduct, "mid")
    if amode == "late":
        turns.append(T("customer", ap, neg=True))
        dec.append("late_anger")
        host = T("agent", L["STYLE_TOUCH"][style])
        block = empathy_block(host) + [host]
        turns += block
        if "interrupt" in F:
            block[0]["interrupt"] = True
            dec.append("agent_talks_over_angry_customer")
    else:
        turns.append(T("customer", rng.choice(L["CUST_ACK"]), pos=True))
    filler_at = len(turns)
    # anything else
    close = []
    if "anyelse" not in F:
        if rng.random() < 0.15:
            ae = T("agent", P(L["ANYELSE_SCOPED"], "anyelse"))
            dec.append("anything_else_scoped")
        else:
            ae = T("agent", P(rng.choice(L["ANYELSE"]), "anyelse"))
        close += [ae, T("customer", rng.choice(L["NO_MORE"]))]
        host = ae
    else:
        dec.append("no_anything_else")
        host = None
    close_conduct = place_conduct(host, conduct, "closing")
    thx = P(rng.choice(L["THANKS"]), "thanks")
    bye = P(rng.choice(L["BYE"]), "bye")
    cbye = T("customer", rng.choice(L["CUST_BYE"]), pos=True)
    if "tbg" in F:
        close += [T("agent", bye, thx), cbye]
        dec.append("goodbye_before_thanks")
    elif thanks_mode == "omit":
        close += [T("agent", bye), cbye]
        dec.append("no_closing_thanks")
    elif thanks_mode == "early":
        close += [T("agent", thx), T("customer", L["CUST_LATE_Q"][0]), T("agent", L["HOLD"]),
                  T("agent", L["CUST_LATE_Q"][1], hold=rng.randint(1500, 2200)),
                  T("customer", rng.choice(L["CUST_ACK"])), T("agent", bye), cbye]
        dec.append("thanks_early_then_long_goodbye")
    elif thanks_mode == "holding":
        close += [T("agent", bye), cbye]
    elif "bye" in F:
        close += [T("agent", thx), cbye]
        dec.append("customer_bye_only")
    elif rng.random() < 0.15:
        close += [T("agent", thx), T("customer", L["CUST_LATE_Q"][0]),
                  T("agent", L["CUST_LATE_Q"][1]), cbye, T("agent", bye)]
        dec.append("closing_exchange_after_thanks")
    else:
        close += [T("agent", thx, bye), cbye]
    if rng.random() < 0.12 and len(close) >= 2 and close[-2]["sp"] == "agent" \
            and not close[-1].get("interrupt"):
        close[-1]["cust_interrupt"] = True
        dec.append("customer_talks_over_agent")
    tail = close
    if close_conduct:
        tail = close[:2] + close_conduct + close[2:] if host else close_conduct + close
    return turns, filler_at, tail, dec


def build_outbound(c, L, rng):
    F = c["faults"]
    dec = []
    purpose, reply, nxt, cats = L["OUT"][c["scen"]]
    conduct = conduct_pieces(c, L, rng, dec)
    turns = []
    if rng.random() < 0.5:
        turns.append(T("customer", L["OUT_HELLO"]))
    first = [P(L["OUT_GREET"])]
    late = []
    if "oname" not in F:
        first.append(P(L["OUT_NAME"] + ("." if "ocompany" in F else ""), "oname"))
    elif rng.random() < 0.4:
        late.append("oname")
        dec.append("name_only_after_30s")
    else:
        dec.append("company_without_name")
    if "ocompany" not in F:
        first.append(P(L["OUT_COMPANY"] if "oname" not in F else L["OUT_COMPANY_ALONE"],
                       "ocompany"))
    elif rng.random() < 0.4 and "oname" not in late:
        late.append("ocompany")
        dec.append("company_only_after_30s")
    else:
        dec.append("name_without_company")
    rec = []
    if "record" not in F:
        rec.append(P(L["OUT_RECORD"], "record"))
        if "consent" not in F:
            rec.append(P(L["OUT_CONSENT"], "consent"))
        elif rng.random() < 0.5:
            late.append("consent")
            dec.append("consent_only_after_90s")
        else:
            dec.append("recording_notice_without_consent")
    elif rng.random() < 0.5:
        late.append("record")
        dec.append("recording_notice_after_60s")
    else:
        dec.append("no_recording_notice")
    turns.append(T("agent", *first, *rec))
    if rec and len(rec) == 2:
        turns.append(T("customer", L["OUT_CONSENT_YES"]))
    else:
        turns.append(T("customer", L["OUT_CALM_FIRST"]))
    if "oname" in late:
        turns += [T("customer", L["OUT_WHO"]),
                  T("agent", P(L["OUT_LATE_NAME"], "oname"), min_start=33.5)]
    if "ocompany" in late:
        turns += [T("customer", L["OUT_WHO_CO"]),
                  T("agent", P(L["OUT_LATE_CO"], "ocompany"), min_start=33.5)]
    ptxt = L["OUT_PURPOSE"] + " " + purpose
    if "purpose" in F:
        turns += [T("agent", L["OUT_ID"][0]), T("customer", L["OUT_ID"][1]),
                  T("agent", L["HOLD"]), T("agent", P(ptxt, "purpose"), min_start=63.5)]
        dec.append("purpose_after_id_check_past_60s")
    else:
        turns.append(T("agent", P(ptxt, "purpose")))
    if "record" in late:
        turns += [T("agent", P(L["OUT_LATE_RECORD"], "record"), min_start=63.5),
                  T("agent", P(L["OUT_LATE_CONSENT"], "consent")),
                  T("customer", L["OUT_CONSENT_YES"])]
    if "consent" in late:
        turns += [T("agent", L["HOLD"]),
                  T("agent", P(L["OUT_LATE_CONSENT"], "consent"), min_start=93.5),
                  T("customer", L["OUT_CONSENT_YES"])]
    if c["anger"]:
        if rng.random() < 0.5:
            turns.append(T("customer", P(reply, cats=cats),
                           P(L["OUT_ANGRY"], cats=["complaint"], prot=True), neg=True))
        else:
            turns.append(T("customer", P(reply, cats=cats)))
            turns.append(T("customer", P(L["OUT_ANGRY"], cats=["complaint"], prot=True),
                           neg=True))
            dec.append("anger_in_separate_segment")
    else:
        turns.append(T("customer", P(reply, cats=cats)))
    turns += card_block(c, L, rng, dec)
    nt = T("agent", P(nxt))
    if rng.random() < 0.6:
        turns.append(T("agent", L["HOLD"]))
        nt["hold"] = rng.randint(600, 1800)
    if c["anger"]:
        if "empathy" in F:
            if rng.random() < 0.5:
                dec.append("empathy_after_20s")
                turns += [T("agent", L["HOLD"]),
                          T("agent", P(L["LATE_EMPATHY"], "empathy"), after_anger=23.5)]
            elif rng.random() < 0.4:
                nt["pieces"].insert(0, P(L["EMPATHY_OTHER"]))
                dec.append("empathy_to_other_matter")
            else:
                dec.append("no_empathy")
        else:
            nt["pieces"].insert(0, P(rng.choice(L["EMPATHY"]), "empathy"))
        if "interrupt" in F:
            if turns[-1]["sp"] == "agent":
                turns.append(T("customer", P(L["OUT_ANGRY"], prot=True), neg=True))
            nt["interrupt"] = True
            dec.append("agent_talks_over_angry_customer")
    turns.append(nt)
    turns += place_conduct(nt, conduct, "early")
    turns += place_conduct(nt, conduct, "mid")
    turns.append(T("customer", rng.choice(L["CUST_ACK"]), pos=True))
    filler_at = len(turns)
    cq = T("agent", L["OUT_CLOSE_Q"])
    tail = [cq, T("customer", rng.choice(L["NO_MORE"]))]
    tail += place_conduct(cq, conduct, "closing")
    tail += [T("agent", P(rng.choice(L["THANKS"])), P(rng.choice(L["BYE"]))),
             T("customer", rng.choice(L["CUST_BYE"]), pos=True)]
    return turns, filler_at, tail, dec


# ---------------------------------------------------------------- noise and timing
def strip_punct(tok):
    return "".join(ch for ch in tok if ch not in PUNCT)


def noise_tokens(toks, lang, rng, whole_unmark):
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        r = rng.random()
        if lang == "en":
            if nxt and r < 0.04 and (w, nxt) in EN_JOINS:
                out.append(w + nxt)
                i += 2
                continue
            if r < 0.08 and w in EN_SPLITS:
                out += EN_SPLITS[w].split()
            elif r < 0.08 and w in EN_HOMOPHONES:
                out.append(EN_HOMOPHONES[w])
            elif r < 0.3 and w in EN_NUMBERS and nxt not in EN_NUMBERS:
                out.append(EN_NUMBERS[w])
            elif r < 0.2 and w == "acme":
                out += rng.choice(EN_ACME).split()
            else:
                out.append(w)
        else:
            if nxt and r < 0.1 and (w, nxt) in VI_JOINS:
                out.append(w + nxt)
                i += 2
                continue
            if r < 0.4 and w in VI_NUMBERS and nxt in VI_UNITS:
                out.append(VI_NUMBERS[w])
            elif r < 0.2 and w == "abc":
                out += rng.choice(VI_ABC).split()
            elif whole_unmark or r < 0.12:
                out.append(unmark(w))
            else:
                out.append(w)
        i += 1
    return out


def realise(turns, lang, rng, level, style):
    """Turn pieces into token lists (noise applied per segment)."""
    prob = [0.45, 0.65, 0.85, 0.95][level]
    for tu in turns:
        noised = rng.random() < prob
        tu["noised"] = noised
        whole = lang == "vi" and noised and rng.random() < 0.2
        first = True
        for p in tu["pieces"]:
            toks = p["text"].split()
            if noised:
                toks = [strip_punct(t.lower()) for t in toks]
                toks = [t for t in toks if t]
                if not p["prot"]:
                    toks = noise_tokens(toks, lang, rng, whole)
                    if first and rng.random() < 0.25:
                        f = rng.choice(EN_FILLERS if lang == "en" else VI_FILLERS)
                        toks = f.split() + toks
            p["toks"] = toks
            first = False
        if style == "hesitant" and tu["sp"] == "agent" and rng.random() < 0.3:
            tu["pieces"][0]["toks"] = ["um"] + tu["pieces"][0]["toks"]


def time_call(turns, rng, speed):
    segs = []
    t = rng.randint(30, 150)
    anger = None
    inter = []
    for tu in turns:
        gap = tu.get("hold") or tu.get("gap") or rng.randint(35, 125)
        start = t + gap
        if tu.get("min_start") is not None:
            start = max(start, int(tu["min_start"] * 100) + rng.randint(0, 250))
        if tu.get("after_anger") is not None:
            if anger is None:
                return None
            start = max(start, anger + int(tu["after_anger"] * 100) + rng.randint(0, 250))
        if tu.get("interrupt") or tu.get("cust_interrupt"):
            prev = segs[-1]
            if prev["speaker"] == tu["sp"]:
                return None
            ov = rng.randint(40, 130)
            start = prev["e"] - ov
            if start < prev["s"] + 150:
                return None
            inter.append({"speaker": tu["sp"], "interrupted": prev["speaker"],
                          "start_s": start / 100, "overlap_s": ov / 100})
        f = speed if tu["sp"] == "agent" else 1.0
        words = []
        cur = start
        for p in tu["pieces"]:
            p["start"] = None
            for w in p["toks"]:
                d = int((14 + 3.2 * len(w)) * f) + rng.randint(0, 6)
                d = max(12, min(70, d))
                if p["start"] is None:
                    p["start"] = cur
                words.append([cur, cur + d, w])
                cur = cur + d + rng.randint(3, 12)
            cur += rng.randint(5, 20)
        if not words:
            return None
        s, e = words[0][0], words[-1][1]
        seg = {"speaker": tu["sp"], "s": s, "e": e, "words": words, "turn": tu}
        segs.append(seg)
        if tu.get("neg") and anger is None:
            anger = s
        t = max(t, e)
    return segs, inter


def split_turns(turns, rng, p_split):
    out = []
    for tu in turns:
        ok = (tu["sp"] == "agent" and len(tu["pieces"]) >= 2 and not tu.get("interrupt")
              and not tu.get("min_start") and not tu.get("after_anger"))
        if ok and rng.random() < p_split:
            k = rng.randint(1, len(tu["pieces"]) - 1)
            a = dict(tu, pieces=tu["pieces"][:k])
            b = {"sp": "agent", "pieces": tu["pieces"][k:], "gap": rng.randint(30, 80)}
            out += [a, b]
        else:
            out.append(tu)
    return out


# ---------------------------------------------------------------- truth
WINDOWS_IN = {"greet": 20, "company": 20, "name": 30, "offer": 45}
WINDOWS_OUT = {"oname": 30, "ocompany": 30, "purpose": 60, "record": 60, "consent": 90}


def compute_truth(segs, inter, direction, lang):
    """Truth from tagged piece starts; returns (truth, ok_edges)."""
    end = max(s["e"] for s in segs)
    last = end - 2500
    tagged = []
    for s in segs:
        if s["speaker"] != "agent":
            continue
        for p in s["turn"]["pieces"]:
            for tg in p["tags"]:
                tagged.append((tg, p["start"], s["s"]))
    tagged.sort(key=lambda x: (x[1], x[0]))

    def starts(tag):
        return [st for tg, st, _ in tagged if tg == tag]

    ok = True

    def edge(tag, lim):
        nonlocal ok
        for tg, st, ss in tagged:
            if tg == tag and (abs(st - lim) < 200 or (st < lim) != (ss < lim)):
                ok = False

    tr = {k: "not_applicable" for k in KEYS}
    if direction == "inbound":
        for tg, lim in WINDOWS_IN.items():
            edge(tg, lim * 100)
            tr[SHORT[tg]] = "pass" if any(x < lim * 100 for x in starts(tg)) else "fail"
        for tg in ("restate", "resolve", "anyelse"):
            tr[SHORT[tg]] = "pass" if starts(tg) else "fail"
        for tg in ("thanks", "bye"):
            edge(tg, last)
            tr[SHORT[tg]] = "pass" if any(x > last for x in starts(tg)) else "fail"
        for x in starts("thanks_mid"):
            if x > end - 2800:
                ok = False
        if tr["inbound/greeting"] == "pass" and tr["inbound/resolution"] == "pass":
            g, r = min(starts("greet")), min(starts("resolve"))
            tr["inbound/greeting_before_resolution"] = "fail" if r < g else "pass"
        if tr["inbound/thanks"] == "pass" and tr["inbound/goodbye"] == "pass":
            th = min(x for x in starts("thanks") if x > last)
            by = min(x for x in starts("bye") if x > last)
            tr["inbound/thanks_before_goodbye"] = "fail" if by < th else "pass"
    else:
        for tg, lim in WINDOWS_OUT.items():
            edge(tg, lim * 100)
            tr[SHORT[tg]] = "pass" if any(x < lim * 100 for x in starts(tg)) else "fail"
        if tr["outbound/recording_disclosure"] == "fail":
            tr["outbound/consent"] = "not_applicable"
    negs = [s for s in segs if s["speaker"] == "customer" and s["turn"].get("neg")]
    if negs:
        a = min(s["s"] for s in negs)
        edge("empathy", a)
        edge("empathy", a + 2000)
        tr["angry_caller/empathy"] = ("pass" if any(a <= x < a + 2000 for x in starts("empathy"))
                                      else "fail")
        bad = any(i["speaker"] == "agent" and any(n["s"] < i["start_s"] * 100 < n["e"]
                                                   for n in negs) for i in inter)
        tr["angry_caller/no_interrupting_angry_customer"] = "fail" if bad else "pass"
    tr["angry_caller/no_blame"] = "fail" if starts("blame") else "pass"
    prof = starts("swear") or starts("strict")
    tr["forbidden/profanity"] = "fail" if prof else "pass"
    if lang == "vi":
        tr["forbidden/profanity_vi_strict"] = "fail" if starts("strict") else "pass"
    tr["forbidden/rude"] = "fail" if starts("rude") else "pass"
    tr["forbidden/no_card_readback"] = "fail" if starts("card") else "pass"
    return tr, ok


# ---------------------------------------------------------------- independent text check
KW = {
    "en": {
        "greet": ["hello", "hi", "hiya", "hey", "morning", "afternoon", "evening", "welcome"],
        "company": ["acme", "acmebank", "acma", "ekme", "ac may"],
        "offer": ["help", "assist", "assistance", "what can", "how can", "how may", "on hand"],
        "thanks": ["thank", "thanks", "cheers", "ta"],
        "bye": ["bye", "goodbye", "take care", "have a", "cheerio", "see you"],
        "anyelse": ["anything else", "something else", "any other"],
        "record": ["recorded", "record", "recording"],
        "empathy": ["sorry", "understand", "apologise", "apologies", "stressful", "rotten",
                    "maddening", "frustrating"],
    },
    "vi": {
        "greet": ["chào", "alô", "alo"],
        "company": ["abc", "abcbank", "ây bi xê", "a bê xế", "ê bi xi"],
        "offer": ["giúp", "hỗ trợ", "cần gì", "lo cho"],
        "thanks": ["cảm ơn", "cám ơn"],
        "bye": ["chào", "tạm biệt", "chúc"],
        "anyelse": ["gì khác", "gì nữa", "thêm gì", "việc gì khác"],
        "record": ["ghi âm"],
        "empathy": ["xin lỗi", "hiểu", "thông cảm", "tiếc"],
    },
}


def tok_match(t, k, lang):
    if t == k:
        return True
    return lang == "vi" and t == unmark(t) and t == unmark(k)


def find_kw(words, kws, lang):
    """words: [(time, token)] in order; returns times where a keyword phrase starts."""
    hits = []
    for kw in kws:
        kt = kw.split()
        for i in range(len(words) - len(kt) + 1):
            if all(tok_match(words[i + j][1], kt[j], lang) for j in range(len(kt))):
                hits.append(words[i][0])
    return sorted(hits)


def norm(tok):
    t = strip_punct(tok.lower())
    return t[:-2] if t.endswith("'s") else t


def text_check(row, lang):
    segs = row["segments"]
    tr = row["truth"]
    end = max(s["end"] for s in segs)
    aw = [(w[0], norm(w[2])) for s in segs if s["speaker"] == "agent" for w in s["words"]]
    aw.sort(key=lambda x: x[0])
    K = KW[lang]
    inbound = row["metadata"]["direction"] == "inbound"

    def any_in(kind, lo, hi):
        return any(lo <= t < hi for t in find_kw(aw, K[kind], lang))

    errs = []
    if tr["inbound/greeting"] == "fail" and any_in("greet", 0, 21):
        errs.append("greet")
    ck = "inbound/company_name" if inbound else "outbound/identify_company"
    if tr[ck] == "fail" and any_in("company", 0, 21 if inbound else 31):
        errs.append("company")
    nk = "inbound/self_intro" if inbound else "outbound/identify_self"
    given = norm(row["metadata"]["agent_name"].split()[-1 if lang == "vi" else 0])
    if tr[nk] == "fail" and find_kw([x for x in aw if x[0] < 31], [given], lang):
        errs.append("name")
    if tr["inbound/offer_help"] == "fail" and any_in("offer", 0, 46):
        errs.append("offer")
    if tr["inbound/thanks"] == "fail" and any_in("thanks", end - 26, end + 1):
        errs.append("thanks")
    if tr["inbound/goodbye"] == "fail" and any_in("bye", end - 26, end + 1):
        errs.append("bye")
    if tr["inbound/anything_else"] == "fail" and any_in("anyelse", 0, end + 1):
        errs.append("anyelse")
    if tr["outbound/recording_disclosure"] == "fail" and any_in("record", 0, 61):
        errs.append("record")
    if tr["inbound/thanks_before_goodbye"] == "fail":
        th = [t for t in find_kw(aw, K["thanks"], lang) if t > end - 25]
        by = [t for t in find_kw(aw, K["bye"], lang) if t > end - 25]
        if not (th and by and by[0] < th[0]):
            errs.append("tbg")
    negs = [s for s in segs if s["speaker"] == "customer"
            and row["sentiment"][segs.index(s)] == "negative"]
    if not negs and tr["angry_caller/empathy"] != "not_applicable":
        errs.append("empathy_na")
    other = "empathy_to_other_matter" in row["decoys"]
    if negs and tr["angry_caller/empathy"] == "fail" and not other:
        a = negs[0]["start"]
        if any_in("empathy", a, a + 21):
            errs.append("empathy")
    toks = [t for _, t in aw]
    swear = any(t in EN_SWEAR_WORDS for t in toks)
    strict = any(t in STRICT_WORDS for t in toks)
    if lang == "en" and swear != (tr["forbidden/profanity"] == "fail"):
        errs.append("swear")
    if lang == "vi":
        if strict != (tr["forbidden/profanity_vi_strict"] == "fail"):
            errs.append("strict")
        if strict != (tr["forbidden/profanity"] == "fail"):
            errs.append("profanity")
    card = False
    for s in segs:
        if s["speaker"] != "agent":
            continue
        ts = [norm(w[2]) for w in s["words"]]
        run = ""
        for t in ts + [""]:
            if t.isdigit():
                run += t
                if len(run) >= 12:
                    card = True
            else:
                run = ""
        for i, t in enumerate(ts):
            if (t in ("code", "cvv") or (t == "mật" and i and ts[i - 1] == "bảo")) and any(
                    len(x) == 3 and x.isdigit() for x in ts[i + 1:i + 4]):
                card = True
    if card != (tr["forbidden/no_card_readback"] == "fail"):
        errs.append("card")
    inter_bad = False
    for it in row["metrics"]["interruptions"]:
        if it["speaker"] == "agent" and any(n["start"] < it["start_s"] < n["end"] for n in negs):
            inter_bad = True
    lab = tr["angry_caller/no_interrupting_angry_customer"]
    if negs and inter_bad != (lab == "fail"):
        errs.append("interrupt")
    return errs


# ---------------------------------------------------------------- rows
QUEUES = {
    "en": {"card_lost": "cards", "fraud": "cards", "payment": "payments",
           "billing": "payments", "outage": "digital", "complaint": "complaints",
           None: "general", "out": "outbound_care"},
    "vi": {"card_lost": "the", "fraud": "the", "payment": "thanh_toan",
           "billing": "thanh_toan", "outage": "ngan_hang_so", "complaint": "khieu_nai",
           None: "tong_dai", "out": "goi_ra"},
}


def make_ctx(c, L, lang):
    full, given, style = L["AGENTS"][c["agent"]]
    ctx = {"n": given, "i": given[0] + ".", "style": style}
    if lang == "vi":
        spk = L["SPEAKERS"][c["speaker"]]
        addr = spk[1] if c["dir"] == "in" else ["anh", "chị", "cô", "chú"][c["idx"] % 4]
        ctx["x"] = addr
        ctx["c"] = (spk[3] or addr) if c["dir"] == "in" else "tôi"
        ctx["s"] = "cháu" if addr in ("chú", "cô", "bác") else "em"
        if style == "formal":
            ctx["x"], ctx["s"] = "quý khách", "tôi"
    return full, style, ctx


def build_row(c, lang, draw):
    L = pack(lang)
    rng = rng_for("call", lang, c["idx"], draw)
    full, style, ctx = make_ctx(c, L, lang)
    if c["dir"] == "in":
        turns, fat, tail, dec = build_inbound(c, L, rng, ctx, lang)
    else:
        turns, fat, tail, dec = build_outbound(c, L, rng)
    lo, hi = (21, 34) if c["long"] else (9, 15)
    target = rng.randint(lo, hi)
    turns = split_turns(turns, rng, 0.12)
    tail = split_turns(tail, rng, 0.12)
    fill = list(L["FILLER"])
    rng.shuffle(fill)
    pads = []
    k = 0
    while len(turns) + len(tail) + len(pads) + 2 <= target:
        q, a = fill[k % len(fill)]
        pads += [T("agent", q), T("customer", a)]
        k += 1
    if len(turns) + len(tail) + len(pads) < lo:
        pads.append(T("customer", "Mm, okay." if lang == "en" else "Dạ ừ."))
    turns = turns[:fat] + pads + turns[fat:] + tail
    n = len(turns)
    if not lo <= n <= hi:
        return None, "segcount"
    for tu in turns:
        for p in tu["pieces"]:
            p["text"] = fmt(p["text"], ctx)
        tu["pieces"][0]["text"] = cap(tu["pieces"][0]["text"])
    realise(turns, lang, rng, c["noise"], style)
    speed = {"hesitant": 1.15, "short": 0.9}.get(style, 1.0)
    timed = time_call(turns, rng, speed)
    if timed is None:
        return None, "timing"
    segs, inter = timed
    end = max(s["e"] for s in segs)
    if not 5000 <= end <= 24000:
        return None, "length"
    direction = "inbound" if c["dir"] == "in" else "outbound"
    tr, ok = compute_truth(segs, inter, direction, lang)
    if not ok:
        return None, "edge"
    faults = [k for k in KEYS if tr[k] == "fail"]
    want = sorted(SHORT[f] for f in c["faults"])
    if "strict" in c["faults"]:
        want.append("forbidden/profanity")
    if sorted(faults) != sorted(want):
        return None, "plan"
    negs = [s for s in segs if s["speaker"] == "customer" and s["turn"].get("neg")]
    if bool(negs) != c["anger"]:
        return None, "anger"
    raised = []
    sentiment = []
    out_segs = []
    catset = []
    for s in segs:
        tu = s["turn"]
        if tu.get("neg"):
            sentiment.append("negative")
            if rng.random() < 0.5 and s["e"] - s["s"] > 150:
                raised.append({"speaker": "customer", "start_s": (s["s"] + 20) / 100,
                               "end_s": (s["e"] - 20) / 100,
                               "above_median_db": round(rng.uniform(6.0, 14.0), 1)})
        elif tu.get("pos"):
            sentiment.append("positive")
        else:
            sentiment.append("neutral")
        if s["speaker"] == "customer":
            for p in tu["pieces"]:
                catset += p["cats"]
        out_segs.append({"speaker": s["speaker"], "start": s["s"] / 100, "end": s["e"] / 100,
                         "text": " ".join(w[2] for w in s["words"]),
                         "words": [[w[0] / 100, w[1] / 100, w[2]] for w in s["words"]]})
    cats_out = sorted(set(catset))
    if negs:
        dec.append("angry")
    qcat = next((x for x in ["card_lost", "fraud", "outage", "complaint", "payment",
                             "billing"] if x in cats_out), None)
    queue = QUEUES[lang]["out" if c["dir"] == "out" else qcat]
    spk = L["SPEAKERS"][c["speaker"]][0] if c["dir"] == "in" else "outbound customer"
    kind = L["STYLE_DESC"][style]
    ctxs = (f"{direction}/{lang}-scenario-{c['scen']:02d}; {spk}; {kind}; "
            f"{'long' if c['long'] else 'short'} call; noise {c['noise']}; "
            f"{'angry' if negs else 'calm'}")
    dec = [d for d in dec if d != "angry"]
    seen = []
    for d in dec:
        if d not in seen:
            seen.append(d)
    row = {
        "id": f"{lang}-heldout16-{c['idx'] + (0 if lang == 'en' else 150):03d}",
        "split": "heldout16", "language": lang,
        "metadata": {"direction": direction, "queue": queue, "agent_name": full,
                     "language": lang},
        "faults": faults, "decoys": seen, "context": ctxs, "segments": out_segs,
        "sentiment": sentiment,
        "metrics": {"speaker_separated": True, "interruptions": inter, "raised_voice": raised},
        "truth": tr, "categories": cats_out,
    }
    errs = text_check(row, lang)
    if errs:
        return None, "text:" + ",".join(errs)
    return row, "ok"


# ---------------------------------------------------------------- validation and tables
def validate(rows):
    assert len(rows) == 300
    ids = [r["id"] for r in rows]
    assert ids == [f"en-heldout16-{i:03d}" for i in range(150)] + \
        [f"vi-heldout16-{i:03d}" for i in range(150, 300)]
    for r in rows:
        assert list(r["truth"]) == KEYS
        assert r["faults"] == [k for k in KEYS if r["truth"][k] == "fail"]
        assert len(r["faults"]) <= 3
        assert r["categories"] == sorted(r["categories"])
        assert all(x in CATS for x in r["categories"])
        segs = r["segments"]
        assert len(r["sentiment"]) == len(segs)
        n = len(segs)
        assert 9 <= n <= 15 or 21 <= n <= 34
        end = max(s["end"] for s in segs)
        assert 50 <= end <= 240
        inter = {round(i["start_s"], 2) for i in r["metrics"]["interruptions"]}
        prev_end = 0.0
        prev_start = -1.0
        for s in segs:
            assert s["speaker"] in ("agent", "customer")
            assert " ".join(w[2] for w in s["words"]) == s["text"]
            assert s["words"][0][0] == s["start"] and s["words"][-1][1] == s["end"]
            last = s["start"]
            for a, b, w in s["words"]:
                assert a >= last and b > a and w
                assert abs(a * 100 - round(a * 100)) < 1e-6
                assert abs(b * 100 - round(b * 100)) < 1e-6
                last = b
            assert s["start"] > prev_start
            if s["start"] < prev_end:
                assert round(s["start"], 2) in inter
            prev_start = s["start"]
            prev_end = max(prev_end, s["end"])
        for rv in r["metrics"]["raised_voice"]:
            assert any(s["speaker"] == "customer" and r["sentiment"][i] == "negative"
                       and s["start"] <= rv["start_s"] < rv["end_s"] <= s["end"]
                       for i, s in enumerate(segs))
        if r["language"] == "en":
            assert r["truth"]["forbidden/profanity_vi_strict"] == "not_applicable"
        elif r["truth"]["forbidden/profanity_vi_strict"] == "fail":
            assert r["truth"]["forbidden/profanity"] == "fail"
        assert not text_check(r, r["language"])
    for lang in ("en", "vi"):
        sub = [r for r in rows if r["language"] == lang]
        assert sum(r["metadata"]["direction"] == "inbound" for r in sub) == 110
        for k in KEYS:
            f = sum(r["truth"][k] == "fail" for r in sub)
            if k == "forbidden/profanity_vi_strict":
                assert f >= (10 if lang == "vi" else 0)
            else:
                assert f >= 9, (lang, k, f)
    for k in KEYS:
        assert sum(r["truth"][k] == "pass" for r in rows) >= 40, k
    assert sum(not r["faults"] for r in rows) >= 40
    for cat in CATS:
        assert sum(cat in r["categories"] for r in rows) >= 15, cat


def tables(rows):
    out = ["| rule | en fail | en pass | en n/a | vi fail | vi pass | vi n/a |",
           "|---|---|---|---|---|---|---|"]
    for k in KEYS:
        cells = []
        for lang in ("en", "vi"):
            sub = [r["truth"][k] for r in rows if r["language"] == lang]
            cells += [str(sub.count(v)) for v in ("fail", "pass", "not_applicable")]
        out.append(f"| {k} | " + " | ".join(cells) + " |")
    out += ["", "| category | en | vi | total |", "|---|---|---|---|"]
    for cat in CATS + [None]:
        n = [sum((cat in r["categories"]) if cat else not r["categories"]
                 for r in rows if r["language"] == lang) for lang in ("en", "vi")]
        out.append(f"| {cat or '(none)'} | {n[0]} | {n[1]} | {n[0] + n[1]} |")
    nf = [len(r["faults"]) for r in rows]
    out += ["", "Faults per call: " + ", ".join(f"{k} in {nf.count(k)}" for k in range(5)
                                                 if nf.count(k))]
    dec = {}
    for r in rows:
        for d in r["decoys"]:
            dec[d] = dec.get(d, 0) + 1
    out += ["", "Decoys: " + ", ".join(f"{k} {dec[k]}" for k in sorted(dec))]
    ang = sum("negative" in r["sentiment"] for r in rows)
    rv = sum(bool(r["metrics"]["raised_voice"]) for r in rows)
    it = sum(bool(r["metrics"]["interruptions"]) for r in rows)
    ln = [max(s["end"] for s in r["segments"]) for r in rows]
    out.append(f"Anger in {ang} calls; raised voice in {rv}; interruptions in {it}; "
               f"{min(ln):.1f}-{max(ln):.1f} s.")
    return "\n".join(out)


def build():
    rows = []
    stats = {}
    for lang in ("en", "vi"):
        for c in plan_lang(lang):
            for draw in range(600):
                row, why = build_row(c, lang, draw)
                stats[why.split(":")[0]] = stats.get(why.split(":")[0], 0) + 1
                if row:
                    break
            else:
                raise RuntimeError(f"no draw for {lang} {c['idx']} {c['faults']}")
            rows.append(row)
    return rows, stats


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def main():
    rows, stats = build()
    validate(rows)
    data = dump(rows)
    if "--check" in sys.argv[1:]:
        same = OUT.read_bytes() == data
        print(tables(rows))
        print("check:", "identical" if same else "DIFFERENT")
        sys.exit(0 if same else 1)
    OUT.write_bytes(data)
    print(tables(rows))
    print("draws:", ", ".join(f"{k} {v}" for k, v in sorted(stats.items())))


if __name__ == "__main__":
    main()
