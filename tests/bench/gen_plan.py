#!/usr/bin/env python3
"""gen_plan.py N OUT [SEED] — writes a synthetic lplan plan with N activities.

The output has the shape of a real single-file year (DESIGN §2): `plan`, `people`,
`directions`, `goals`, `activities`, Ukrainian text, flow lists, quoted strings,
a few trailing comments. It is deterministic (same N and SEED → same bytes) and
valid: every reference resolves and every `when` parses, so `lplan validate`
exits 0. Sizes: 31 → ~20 KB, 1k → ~0.55 MB, 10k → ~5.6 MB, 100k → ~56 MB.
"""
import random
import sys

FIRST = "ОНІЛТСВГМАДКРЄЖЗПФХЦЧШЮ"
SURNAME_STEMS = ["Дуб", "Петр", "Коваль", "Бондар", "Ткач", "Кравч", "Шевч", "Бойч",
                 "Мельнич", "Лис", "Марч", "Руд", "Савч", "Мороз", "Павл", "Климч",
                 "Левч", "Харч", "Сидор", "Яков", "Гнат", "Олійн", "Пономар", "Зінч"]
LATIN_STEMS = ["dub", "petr", "koval", "bondar", "tkach", "kravch", "shevch", "boich",
               "melnych", "lys", "march", "rud", "savch", "moroz", "pavl", "klymch",
               "levch", "kharch", "sydor", "yakov", "hnat", "oliin", "ponomar", "zinch"]
ROLES = ["Тренер РТЦ", "Голова відділення", "Заступник голови", "Секретар відділення",
         "Методист", "Завідувач відділу", "Бібліограф", "Координатор проєктів", "Член президії"]
VERBS = ["Впровадити", "Розвивати", "Підтримувати", "Забезпечити", "Посилити", "Поширювати"]
OBJECTS = ["нові моделі роботи бібліотек", "професійні компетенції фахівців",
           "партнерство бібліотек і громад", "цифрові навички мешканців регіону",
           "дитяче та юнацьке читання", "адвокацію бібліотек у громадах",
           "доступ до інформації для переселенців", "співпрацю з органами самоврядування"]
FORMS = ["Семінар з", "Тренінг з", "Вебінар з", "Круглий стіл з питань", "Конкурс з",
         "Майстер-клас з", "Школа майстерності з", "Методичний день з", "Цикл заходів з",
         "Конференція з питань"]
TOPICS = ["медіаграмотності", "проєктного менеджменту", "фандрейзингу", "краєзнавства",
          "роботи з громадою", "цифрових сервісів", "інклюзивного обслуговування",
          "правової освіти", "популяризації читання", "іміджу бібліотеки",
          "захисту персональних даних", "організаційної допомоги бібліотекам"]
PLACES = ["", "на базі РТЦ", "для бібліотек громад", "у сільських бібліотеках",
          "у дистанційному форматі", "разом з партнерами", "до Всеукраїнського дня бібліотек"]
DETAILS = ["Семінари на базі РТЦ", "Виїзні тренінги за запитом громад", "Онлайн-консультації",
           "Методичні рекомендації", "Інформаційний бюлетень", "Публікації на сайті і в соцмережах",
           "Анкетування учасників", "Залучення волонтерів", "Підсумки і нагородження",
           "Пропозиції від бібліотек регіону"]
AUDIENCES = ["Бібліотечні фахівці регіону", "Члени УБА", "Керівники бібліотек громад",
             "Молоді бібліотекарі", "Користувачі бібліотек", "Представники громад",
             "Студенти", "Діти та юнацтво"]
WHENS = ["березень - листопад", "протягом року", "I квартал", "II квартал", "III квартал",
         "IV квартал", "лютий, жовтень", "вересень", "1 на 2 місяці", "квітень-травень",
         "березень", "щомісяця", "травень, вересень", "січень-березень", "жовтень - грудень",
         "до 25 березня", "березень, вересень", "листопад", "червень", "за окремим планом"]
RESOURCES = ["ЛОВ УБА", "ЛОУНБ", "РТЦ", "Грант УБА", "Кошти партнерів", "Місцевий бюджет",
             "Власні ресурси", "Волонтери"]
STATUSES = ["planned", "planned", "planned", "planned", "planned", "in-progress",
            "in-progress", "done", "done", "cancelled", "postponed"]


def quoted(text):
    """Double-quoted YAML scalar; the word lists hold no quote or backslash."""
    return f'"{text}"'


def flow_list(items, quote=True):
    return "[" + ", ".join(quoted(i) if quote else i for i in items) + "]"


def make_people(count, rnd):
    people = [("presidium", "Президія ЛОВ УБА", "Колегіальний орган")]
    for i in range(count - 1):
        stem = i % len(SURNAME_STEMS)
        suffix = i // len(SURNAME_STEMS)
        pid = LATIN_STEMS[stem] + "enko" + (str(suffix + 1) if suffix else "")
        name = f"{SURNAME_STEMS[stem]}енко {FIRST[i % len(FIRST)]}."
        # the (surname, initial) pairs repeat after 24 × 23 people: a second initial
        # keeps every name unique (a name two people share is an error)
        cycle = i // (len(SURNAME_STEMS) * len(FIRST))
        if cycle:
            name += f"{FIRST[cycle % len(FIRST)]}."
        people.append((pid, name, rnd.choice(ROLES)))
    return people


def write_plan(n, out, seed):
    rnd = random.Random(f"{n}/{seed}")
    people = make_people(max(10, n // 10), rnd)
    ids = [p[0] for p in people]
    # A few people carry most of the work, as in real plans.
    weights = [1.0 / (rank + 1) for rank in range(len(ids))]
    n_goals = max(3, n // 20)
    directions = [f"sn{i}" for i in range(1, 6)]

    lines = [f"# Синтетичний план для бенчмарку (N={n}, seed={seed})",
             'plan: {organization: "Луганське обласне відділення УБА", year: 2020}',
             "people:"]
    lines += [f"  - {{id: {pid}, name: {quoted(name)}, role: {quoted(role)}}}"
              for pid, name, role in people]
    lines.append("directions:")
    lines += [f"  - {{id: {d}, number: {i}, title: {quoted(f'Стратегічний напрям {i}')}}}"
              for i, d in enumerate(directions, 1)]
    lines.append("goals:")
    for g in range(1, n_goals + 1):
        title = f"{rnd.choice(VERBS)} {rnd.choice(OBJECTS)}"
        lines.append(f"  - {{id: g{g}, number: {g}, direction: {rnd.choice(directions)}, "
                     f"title: {quoted(title)}}}")
    lines.append("activities:")
    counters = {}
    for a in range(n):
        goal = 1 + a * n_goals // n  # activities of one goal stay together: 1.1, 1.2, …
        counters[goal] = counters.get(goal, 0) + 1
        place = rnd.choice(PLACES)
        title = f"{rnd.choice(FORMS)} {rnd.choice(TOPICS)}" + (f" {place}" if place else "")
        responsible = []
        for _ in range(rnd.choice((1, 1, 2, 2, 2, 3))):
            who = rnd.choices(ids, weights)[0]
            if who not in responsible:
                responsible.append(who)
        when = quoted(rnd.choice(WHENS))
        if rnd.random() < 0.05:
            when += "     # уточнити дати"
        lines += [
            f'  - id: "{goal}.{counters[goal]}"',
            f"    goal: g{goal}",
            f"    title: {quoted(title)}",
            f"    details: {flow_list(rnd.sample(DETAILS, rnd.randint(0, 4)))}",
            f"    audience: {flow_list(rnd.sample(AUDIENCES, rnd.randint(1, 2)))}",
            f"    when: {when}",
            f"    responsible: {flow_list(responsible, quote=False)}",
            f"    resources: {flow_list(rnd.sample(RESOURCES, rnd.randint(1, 3)))}",
            f"    status: {rnd.choice(STATUSES)}",
        ]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    write_plan(int(sys.argv[1]), sys.argv[2], int(sys.argv[3]) if len(sys.argv) == 4 else 2020)


if __name__ == "__main__":
    main()
