#include "core/analysis/blameless_hints.h"

#include <algorithm>
#include <initializer_list>

namespace hs {
namespace {

struct Token {
  std::size_t begin = 0, end = 0;
  std::string lower;  // ASCII-lowercased
  std::string_view text;
};

bool isCurlyQuote(std::string_view s, std::size_t i) {
  return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
         static_cast<unsigned char>(s[i + 1]) == 0x80 &&
         (static_cast<unsigned char>(s[i + 2]) == 0x98 || static_cast<unsigned char>(s[i + 2]) == 0x99);
}

bool isWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c >= 0x80;
}

char lowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Words are runs of ASCII letters, digits, '_' and non-ASCII UTF-8 bytes (so "José" is one
// word), except that curly quotes separate words like straight ones.
std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    if (isCurlyQuote(text, i) || !isWordByte(static_cast<unsigned char>(text[i]))) {
      i += isCurlyQuote(text, i) ? 3 : 1;
      continue;
    }
    Token t;
    t.begin = i;
    while (i < text.size() && !isCurlyQuote(text, i) && isWordByte(static_cast<unsigned char>(text[i])))
      t.lower += lowerAscii(text[i++]);
    t.end = i;
    t.text = text.substr(t.begin, t.end - t.begin);
    tokens.push_back(std::move(t));
  }
  return tokens;
}

bool oneOf(const std::string& word, std::initializer_list<const char*> words) {
  for (const char* w : words)
    if (word == w) return true;
  return false;
}

bool isSpaceOnly(std::string_view s) {
  return !s.empty() && s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

bool isApostrophe(std::string_view s) { return s == "'" || s == "\xE2\x80\x99"; }

class Matcher {
 public:
  Matcher(std::string_view text, HintField field) : text_(text), field_(field), t_(tokenize(text)) {}

  std::vector<BlamelessHint> run() {
    for (std::size_t k = 0; k < t_.size(); ++k) {
      whoDidIt(k);
      shouldHave(k);
      forgot(k);
      loadedWord(k);
      humanError(k);
      fault(k);
      blame(k);
    }
    if (field_ == HintField::RootCause) mentions();
    std::sort(hits_.begin(), hits_.end(), [](const BlamelessHint& a, const BlamelessHint& b) {
      return a.offset != b.offset ? a.offset < b.offset : a.ruleId < b.ruleId;
    });
    return std::move(hits_);
  }

 private:
  std::string_view sep(std::size_t a, std::size_t b) const {
    return text_.substr(t_[a].end, t_[b].begin - t_[a].end);
  }
  // Token k+1 exists and follows k after whitespace only.
  bool spacedNext(std::size_t k) const { return k + 1 < t_.size() && isSpaceOnly(sep(k, k + 1)); }
  bool spacedPrev(std::size_t k) const { return k > 0 && isSpaceOnly(sep(k - 1, k)); }
  const std::string& word(std::size_t k) const { return t_[k].lower; }

  void add(const char* rule, std::size_t first, std::size_t last, const char* message,
           const char* suggestion) {
    addBytes(rule, t_[first].begin, t_[last].end, message, suggestion);
  }
  void addBytes(const char* rule, std::size_t begin, std::size_t end, const char* message,
                const char* suggestion) {
    BlamelessHint h;
    h.ruleId = rule;
    h.offset = begin;
    h.length = end - begin;
    h.message = message;
    h.suggestion = suggestion;
    h.key = blamelessHintKey(rule, text_.substr(begin, end - begin));
    hits_.push_back(std::move(h));
  }

  // A person as the subject of a sentence: a pronoun or a capitalised name.
  bool isPerson(std::size_t k) const {
    const std::string& w = word(k);
    if (oneOf(w, {"he", "she", "they", "someone", "somebody"})) return true;
    std::string_view s = t_[k].text;
    if (s.size() < 2 || s[0] < 'A' || s[0] > 'Z') return false;
    for (std::size_t i = 1; i < s.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (!((c >= 'a' && c <= 'z') || c >= 0x80)) return false;  // "QA", "CI", "Db2": not names
    }
    if (isSentenceStarterOrThing(w)) return false;
    if (spacedPrev(k) && oneOf(word(k - 1), {"the", "a", "an", "our", "this", "that", "these",
                                              "those", "each", "every", "no", "any", "its", "their",
                                              "your", "my", "his", "her"}))
      return false;
    return true;
  }

  static bool isSentenceStarterOrThing(const std::string& w) {
    return oneOf(w, {"the", "this", "that", "these", "those", "it", "its", "there", "here", "we",
                     "our", "us", "you", "your", "i", "which", "what", "when", "where", "why", "how",
                     "who", "everyone", "everybody", "nobody", "nothing", "something",
                     "everything", "anything", "ideally", "maybe", "perhaps", "probably",
                     "clearly", "obviously", "also", "and", "but", "so", "then", "thus", "hence",
                     "however", "therefore", "still", "yet", "or", "if", "in", "on", "at", "for",
                     "with", "without", "after", "before", "since", "because", "all", "both",
                     "either", "neither", "none", "one", "some", "any", "each", "every", "monitoring",
                     "alerting", "alert", "alerts", "alarm", "alarms", "system", "systems",
                     "service", "services", "test", "tests", "testing", "code", "review",
                     "reviews", "reviewer", "reviewers", "deploy", "deploys", "deployment",
                     "pipeline", "check", "checks", "process", "config", "configuration",
                     "tooling", "validation", "linter", "job", "cron", "rollout", "rollback",
                     "canary", "mitigation", "documentation", "docs", "runbook", "dashboard",
                     "backup", "backups", "migration", "script", "scripts", "server", "servers",
                     "database", "cluster", "team", "staging", "production", "prod",
                     "automation", "tool", "tools", "release", "build", "infra",
                     "infrastructure", "policy", "checklist", "training", "oncall", "paging",
                     "pager", "failover", "retry", "retries", "health", "healthcheck",
                     "observability", "logging", "logs", "metrics", "tracing", "schema", "api",
                     "client", "clients", "customer", "customers", "user", "users", "vendor",
                     "provider", "management", "leadership", "engineering", "nothing"});
  }

  // Index of the subject before token k, skipping one adverb; npos when none.
  std::size_t subjectBefore(std::size_t k) const {
    if (!spacedPrev(k)) return std::string::npos;
    std::size_t s = k - 1;
    if (oneOf(word(s), {"really", "definitely", "clearly", "obviously", "just", "also", "simply",
                        "probably", "certainly", "surely", "absolutely", "totally"})) {
      if (!spacedPrev(s)) return std::string::npos;
      --s;
    }
    return s;
  }

  void whoDidIt(std::size_t k) {
    if (word(k) != "who" || !spacedNext(k)) return;
    if (!oneOf(word(k + 1), {"pushed", "broke", "merged", "deployed", "caused"})) return;
    add("who-did-it", k, k + 1, "Asks who did it: looks for a person to hold responsible.",
        "What in our system allowed this change to cause harm?");
  }

  // Returns the last token of "should have" forms starting at k, or npos.
  std::size_t shouldHaveEnd(std::size_t k) const {
    const std::size_t n = t_.size();
    if (word(k) == "should") {
      if (spacedNext(k) && word(k + 1) == "have") return k + 1;
      if (spacedNext(k) && word(k + 1) == "not" && spacedNext(k + 1) && word(k + 2) == "have")
        return k + 2;
      if (k + 1 < n && isApostrophe(sep(k, k + 1)) && word(k + 1) == "ve") return k + 1;
    }
    if (word(k) == "shouldn" && k + 1 < n && isApostrophe(sep(k, k + 1)) && word(k + 1) == "t" &&
        spacedNext(k + 1) && word(k + 2) == "have")
      return k + 2;
    return std::string::npos;
  }

  void shouldHave(std::size_t k) {
    std::size_t end = shouldHaveEnd(k);
    if (end == std::string::npos) return;
    std::size_t s = subjectBefore(k);
    if (s == std::string::npos || !isPerson(s)) return;
    add("person-should-have", s, end,
        "Judges a person with hindsight: what they 'should have' done was not obvious then.",
        "What made this the reasonable thing to do at the time, and what would have helped?");
  }

  void forgot(std::size_t k) {
    if (word(k) != "forgot") return;
    std::size_t s = subjectBefore(k);
    if (s == std::string::npos || !isPerson(s)) return;
    add("person-forgot", s, k, "Puts the failure on a person's memory.",
        "What in our process relied on someone remembering, and how could it check for us?");
  }

  void loadedWord(std::size_t k) {
    if (!oneOf(word(k), {"careless", "carelessly", "carelessness", "negligent", "negligently",
                         "negligence", "sloppy", "sloppily", "sloppiness"}))
      return;
    add("loaded-word", k, k, "Judges people's care rather than describing what happened.",
        "What made this easy to get wrong and hard to notice?");
  }

  void humanError(std::size_t k) {
    if (!oneOf(word(k), {"human", "operator", "pilot"}) || k + 1 >= t_.size()) return;
    std::string_view between = sep(k, k + 1);
    if (!(isSpaceOnly(between) || between == "-")) return;
    if (!oneOf(word(k + 1), {"error", "errors"})) return;
    add("human-error", k, k + 1, "'Human error' ends the inquiry where it should begin.",
        "What in our system allowed this? What made the mistake easy to make and hard to catch?");
  }

  void fault(std::size_t k) {
    if (word(k) != "fault") return;
    const char* msg = "Assigns fault to someone.";
    const char* sug = "What in our system allowed this?";
    if (k > 0) {
      std::string_view before = sep(k - 1, k);
      const std::string& p = word(k - 1);
      if (isSpaceOnly(before) && oneOf(p, {"his", "her", "their", "my", "your", "whose", "at"}))
        return add("fault", k - 1, k, msg, sug);
      // "Bob's fault": tokens Bob ' s fault
      if (isSpaceOnly(before) && p == "s" && k >= 2 && isApostrophe(sep(k - 2, k - 1))) {
        std::size_t owner = k - 2;
        const std::string& o = word(owner);
        bool noOne = o == "one" && spacedPrev(owner) && word(owner - 1) == "no";
        if (oneOf(o, {"nobody", "anyone", "anybody", "noone"}) || noOne) return;
        return add("fault", owner, k, msg, sug);
      }
      // "the engineers' fault"
      if (before.size() > 1 && isApostrophe(before.substr(0, before.size() - 1)) &&
          isSpaceOnly(before.substr(before.size() - 1)) && p.size() > 1 && p.back() == 's')
        return add("fault", k - 1, k, msg, sug);
    }
    if (spacedNext(k) && word(k + 1) == "of" && !(spacedPrev(k) && word(k - 1) == "no"))
      add("fault", k, k + 1, msg, sug);
  }

  void blame(std::size_t k) {
    if (!oneOf(word(k), {"blame", "blamed", "blames", "blaming"})) return;
    if (k > 0 && oneOf(word(k - 1), {"no", "non", "without"})) return;  // "no-blame culture"
    if (k + 1 < t_.size() && word(k + 1) == "free" && sep(k, k + 1) == "-") return;
    add("blame", k, k, "Blame language: looks for someone at fault.",
        "What in our system allowed this?");
  }

  void mentions() {
    for (std::size_t i = 0; i < text_.size(); ++i) {
      if (text_[i] != '@') continue;
      if (i > 0) {
        unsigned char p = static_cast<unsigned char>(text_[i - 1]);
        if (isWordByte(p) || p == '.' || p == '-') continue;  // an e-mail address
      }
      std::size_t end = i + 1;
      while (end < text_.size() &&
             (isWordByte(static_cast<unsigned char>(text_[end])) || text_[end] == '.' ||
              text_[end] == '-') &&
             !isCurlyQuote(text_, end))
        ++end;
      while (end > i + 1 && (text_[end - 1] == '.' || text_[end - 1] == '-')) --end;
      if (end == i + 1) continue;
      addBytes("mention-in-root-cause", i, end, "A person is named in the root cause.",
               "Root causes are conditions in systems and processes: what condition let this "
               "happen?");
      i = end - 1;
    }
  }

  std::string_view text_;
  HintField field_;
  std::vector<Token> t_;
  std::vector<BlamelessHint> hits_;
};

}  // namespace

std::vector<BlamelessHint> findBlamelessHints(std::string_view text, HintField field) {
  return Matcher(text, field).run();
}

std::string blamelessHintKey(std::string_view ruleId, std::string_view matchedText) {
  std::string key(ruleId);
  key += ':';
  bool pendingSpace = false, started = false;
  for (std::size_t i = 0; i < matchedText.size(); ++i) {
    char c = matchedText[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && started) key += ' ';
    pendingSpace = false;
    started = true;
    if (isCurlyQuote(matchedText, i)) {
      key += '\'';
      i += 2;
    } else {
      key += lowerAscii(c);
    }
  }
  return key;
}

std::vector<BlamelessHint> activeBlamelessHints(std::string_view text, HintField field,
                                                const std::vector<std::string>& dismissedKeys) {
  std::vector<BlamelessHint> hits = findBlamelessHints(text, field);
  hits.erase(std::remove_if(hits.begin(), hits.end(),
                            [&](const BlamelessHint& h) {
                              return std::find(dismissedKeys.begin(), dismissedKeys.end(),
                                               h.key) != dismissedKeys.end();
                            }),
             hits.end());
  return hits;
}

}  // namespace hs
